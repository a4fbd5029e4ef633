import { z } from 'zod'
import { isoDate, optionalText, requiredText } from '../common'
import { nhsNumber } from './nhsNumber'

export const personRoles = ['subject', 'partner', 'child', 'parent', 'sibling', 'grandparent', 'household', 'other'] as const
export type PersonRole = (typeof personRoles)[number]
export const personRoleLabels: Record<PersonRole, string> = {
  subject: 'Subject of the case',
  partner: 'Partner',
  child: 'Child',
  parent: 'Parent',
  sibling: 'Sibling',
  grandparent: 'Grandparent',
  household: 'Other household member',
  other: 'Other',
}

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value)

export const personInput = z.object({
  role: z.enum(personRoles, { error: 'Choose how this person is part of the case' }),
  relationship: optionalText('relationship', 80),
  firstName: requiredText('a first name', 80),
  lastName: optionalText('last name', 80),
  preferredName: optionalText('preferred name', 80),
  dateOfBirth: z.preprocess(emptyToNull, isoDate.nullable()).default(null),
  nhsNumber: z.preprocess(emptyToNull, nhsNumber.nullable()).default(null),
  policeReference: optionalText('police reference', 40),
  address: optionalText('address', 300),
  neighbourhood: optionalText('neighbourhood', 80),
})
export type PersonInput = z.input<typeof personInput>
export type ParsedPersonInput = z.output<typeof personInput>

export const isChild = (age: number | null): boolean => age !== null && age < 18

export function displayName(person: { firstName: string; lastName: string; preferredName?: string }): string {
  const first = person.preferredName?.trim() || person.firstName
  return [first, person.lastName].filter(Boolean).join(' ')
}

/**
 * The title a new case gets when none is typed: a family is the household
 * ("Jones family"), not the one person the contact was about.
 */
export function defaultCaseTitle(
  kind: 'individual' | 'family',
  person: { firstName: string; lastName: string; preferredName?: string },
): string {
  const lastName = person.lastName.trim()
  return kind === 'family' && lastName !== '' ? `${lastName} family` : displayName(person)
}

/** Dates of birth cannot be in the future; the clock is the caller's. */
export function dateOfBirthError(dateOfBirth: string | null, today: string): string | null {
  if (dateOfBirth === null) return null
  if (dateOfBirth > today) return 'Date of birth must be today or in the past'
  if (dateOfBirth < '1900-01-01') return 'Date of birth must be after 1900'
  return null
}
