/**
 * How a case without consent to share is named in every export: its
 * reference and the subject's initials, marked, and never initials that
 * read as something else. 'Welfare check on GP' in a meeting with a GP
 * practice names the wrong party; 'Welfare check on GP (subject)' does not.
 */
import { NO_CONSENT_BADGE } from '../record/consent'
import { initials } from './pseudonyms'
import { createScrubbers, type KnownPerson, type Scrubber } from './scrubber'

/** Abbreviations common in multi-agency notes that a person's initials must not be mistaken for. */
export const commonAbbreviations: ReadonlySet<string> = new Set([
  'AE',
  'AM',
  'AMHP',
  'ASB',
  'ASC',
  'CAMHS',
  'CCE',
  'CP',
  'CPN',
  'CSC',
  'CSE',
  'DA',
  'DC',
  'DI',
  'DS',
  'DSL',
  'DV',
  'ED',
  'EHC',
  'EHCP',
  'GP',
  'HR',
  'HV',
  'ID',
  'IT',
  'LA',
  'MARAC',
  'MASH',
  'MH',
  'MP',
  'NFA',
  'NHS',
  'OK',
  'OT',
  'PA',
  'PC',
  'PCSO',
  'PM',
  'PS',
  'RM',
  'SEN',
  'SGT',
  'SW',
  'TA',
  'UK',
  'YOT',
])

/** The suffix that makes colliding initials unmistakably a person's. */
export const subjectSuffix = ' (subject)'

/**
 * 'GP' → 'GP (subject)' when it is a common abbreviation or one of
 * `reserved` (the agencies' short names), compared without case or dots.
 */
export function unambiguousInitials(letters: string, reserved: readonly string[] = []): string {
  const key = letters.replace(/[^\p{L}]/gu, '').toUpperCase()
  const taken = commonAbbreviations.has(key) || reserved.some((name) => name.replace(/[^\p{L}]/gu, '').toUpperCase() === key)
  return taken ? `${letters}${subjectSuffix}` : letters
}

/** 'RT-2026-0102 GP (subject) – No consent to share': the case's name wherever it appears without consent. */
export function noConsentCaseLabel(reference: string, subjectInitials: string): string {
  return `${reference} ${subjectInitials} – ${NO_CONSENT_BADGE}`
}

export interface HouseholdMember {
  firstName: string
  lastName: string
  otherNames?: readonly string[]
  dateOfBirth?: string | null
  address?: string | null
  identifiers?: readonly string[]
}

/**
 * The scrubber for text about a case without consent: each household
 * member's names become their initials (made unambiguous), and their dates
 * of birth, addresses and identifiers are removed. `keep` protects the
 * names of professionals and agencies in the text.
 */
export function generalTermsScrubber(
  household: readonly HouseholdMember[],
  reserved: readonly string[] = [],
  keep: readonly string[] = [],
): Scrubber {
  const known = household.map((member): KnownPerson => ({
    firstName: member.firstName,
    lastName: member.lastName,
    otherNames: member.otherNames ?? [],
    replacement: unambiguousInitials(initials(`${member.firstName} ${member.lastName}`), reserved),
    dateOfBirth: member.dateOfBirth ?? null,
    address: member.address ?? null,
    identifiers: member.identifiers ?? [],
  }))
  return createScrubbers(known, { keep }).text
}
