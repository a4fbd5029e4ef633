/**
 * Likely-duplicate matching for "is this person already known?": names are
 * compared loosely (case, accents, punctuation, one or two typing slips),
 * dates of birth exactly or with day and month swapped.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A person as "is this the same person?" compares them: the full name as written, and the date of birth (ISO). */
export interface PersonIdentity {
  name: string
  dateOfBirth: string | null
}

/** Only a full date of birth and a name of two letters or more can say two records are one person. */
export function canMatchSamePerson(person: PersonIdentity): boolean {
  return person.dateOfBirth !== null && /^\d{4}-\d{2}-\d{2}$/.test(person.dateOfBirth) && normaliseName(person.name).length >= 2
}

/**
 * The one rule for "likely the same person": the same name, written loosely
 * (case, accents, punctuation, spacing), and the same date of birth. Triage
 * uses it to count a new person's earlier contacts as repeats, and the triage
 * form to offer linking to the existing case instead of opening another.
 */
export function isSamePerson(a: PersonIdentity, b: PersonIdentity): boolean {
  return canMatchSamePerson(a) && a.dateOfBirth === b.dateOfBirth && normaliseName(a.name) === normaliseName(b.name)
}

/**
 * Text that can only be a name: letters, spaces, apostrophes and full stops.
 * Case, police and source references carry a number or a hyphen, so search
 * need not look for one in such text.
 */
export function isNameShaped(text: string): boolean {
  return /^[\p{L}\s'’.]+$/u.test(text)
}

/** Damerau-Levenshtein (optimal string alignment) distance, on a flat table. */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1
  const d = new Array<number>((a.length + 1) * width).fill(0)
  const at = (i: number, j: number) => d[i * width + j] ?? 0
  for (let i = 0; i <= a.length; i++) d[i * width] = i
  for (let j = 0; j <= b.length; j++) d[j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      d[i * width + j] = best
    }
  }
  return at(a.length, b.length)
}

const similar = (a: string, b: string): boolean => {
  if (!a || !b) return false
  if (a === b) return true
  const allowed = Math.max(a.length, b.length) >= 7 ? 2 : 1
  return editDistance(a, b) <= allowed
}

/** 2027-03-04 ↔ 2027-04-03: a common slip between UK and US date order. */
export function swapDayMonth(isoDate: string): string | null {
  const [y, m, d] = isoDate.split('-')
  if (!y || !m || !d || m === d || Number(d) > 12) return null
  return `${y}-${d}-${m}`
}

export interface MatchQuery {
  name: string
  dateOfBirth: string | null
}

export interface MatchCandidate {
  firstName: string
  lastName: string
  dateOfBirth: string | null
}

export function scorePersonMatch(query: MatchQuery, candidate: MatchCandidate): { score: number; reasons: string[] } {
  const reasons: string[] = []
  let score = 0
  const words = normaliseName(query.name).split(' ').filter(Boolean)
  const first = normaliseName(candidate.firstName)
  const last = normaliseName(candidate.lastName)
  if (words.length === 1) {
    // One word: a surname or a first name, typed on its own.
    const word = words[0] ?? ''
    if (word === last) {
      score += 45
      reasons.push('Same surname')
    } else if (word === first) {
      score += 45
      reasons.push('Same first name')
    } else if (similar(word, last)) {
      score += 30
      reasons.push('Similar surname')
    } else if (similar(word, first)) {
      score += 25
      reasons.push('Similar first name')
    }
  } else if (words.length > 1) {
    const queryLast = words.at(-1) ?? ''
    const queryFirst = words[0] ?? ''
    if (queryLast === last) {
      score += 40
      reasons.push('Same surname')
    } else if (similar(queryLast, last)) {
      score += 25
      reasons.push('Similar surname')
    }
    if (queryFirst === first) {
      score += 30
      reasons.push('Same first name')
    } else if (similar(queryFirst, first)) {
      score += 20
      reasons.push('Similar first name')
    } else if (queryFirst[0] === first[0]) {
      score += 5
    }
  }
  if (query.dateOfBirth && candidate.dateOfBirth) {
    if (query.dateOfBirth === candidate.dateOfBirth) {
      score += 50
      reasons.push('Same date of birth')
    } else if (swapDayMonth(query.dateOfBirth) === candidate.dateOfBirth) {
      score += 30
      reasons.push('Date of birth with day and month swapped')
    }
  }
  return { score, reasons }
}

/** A score this high is offered as "possibly the same person". */
export const LIKELY_MATCH_SCORE = 45
