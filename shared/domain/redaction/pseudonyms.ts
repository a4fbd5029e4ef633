/**
 * Initials and pseudonyms: how a person is shown once their name is taken
 * out. 'Adult A' is the first adult the reader meets, and stays 'Adult A'
 * throughout one document.
 */

/** 'John Smith' → 'JS'; "Mary-Jane O'Brien" → 'MJO'. Initials of nothing are '?'. */
export function initials(name: string): string {
  const letters = name
    .split(/[\s\-‐]+/u)
    .map((part) => /\p{L}/u.exec(part)?.[0] ?? '')
    .join('')
    .toUpperCase()
  return letters === '' ? '?' : letters
}

export type AgeGroup = 'adult' | 'child' | 'person'

export interface PseudonymSubject {
  id: string
  firstName: string
  lastName: string
  dateOfBirth: string | null
}

export interface Pseudonym {
  personId: string
  /** 'Adult A', 'Child B', or 'Person C' when the age is unknown. */
  pseudonym: string
  initials: string
  ageGroup: AgeGroup
}

/** Keyed by person id: the same person always gets the same pseudonym within one document. */
export type PseudonymMap = ReadonlyMap<string, Pseudonym>

/** Completed years between a `YYYY-MM-DD` birth date and another date. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number)
  const [y, m, d] = onDate.split('-').map(Number)
  if ([by, bm, bd, y, m, d].some((part) => part === undefined || Number.isNaN(part))) return Number.NaN
  const hadBirthday = (m ?? 0) > (bm ?? 0) || ((m ?? 0) === (bm ?? 0) && (d ?? 0) >= (bd ?? 0))
  return (y ?? 0) - (by ?? 0) - (hadBirthday ? 0 : 1)
}

export function ageGroup(dateOfBirth: string | null, onDate: string): AgeGroup {
  if (!dateOfBirth) return 'person'
  const age = ageOn(dateOfBirth, onDate)
  if (Number.isNaN(age)) return 'person'
  return age < 18 ? 'child' : 'adult'
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA': letters never run out in a 40-case meeting. */
export function letterSequence(index: number): string {
  let n = index
  let letters = ''
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return letters
}

const groupWords: Record<AgeGroup, string> = { adult: 'Adult', child: 'Child', person: 'Person' }

/**
 * Lettered per age group in the order the people are given (document order),
 * so 'Adult A' is the first adult the reader meets. `onDate` (the meeting
 * date) decides who is a child.
 */
export function assignPseudonyms(people: readonly PseudonymSubject[], onDate: string): Map<string, Pseudonym> {
  const map = new Map<string, Pseudonym>()
  const counters: Record<AgeGroup, number> = { adult: 0, child: 0, person: 0 }
  for (const person of people) {
    if (map.has(person.id)) continue
    const group = ageGroup(person.dateOfBirth, onDate)
    const letter = letterSequence(counters[group])
    counters[group] += 1
    map.set(person.id, {
      personId: person.id,
      pseudonym: `${groupWords[group]} ${letter}`,
      initials: initials(`${person.firstName} ${person.lastName}`),
      ageGroup: group,
    })
  }
  return map
}
