/**
 * Redaction rules for documents that leave the meeting.
 *
 * Pure: no I/O, no clock, no docx. The Word builders render whatever these
 * rules leave, so every safeguard lives here where it can be unit-tested:
 * names become pseudonyms or initials, dates of birth, addresses and
 * identifiers go, content a recipient agency may not receive is dropped, and
 * cases without consent shrink to reference, risk and the reader's actions.
 *
 * Where a rule has to choose, it over-redacts: a common word that is also a
 * household name ('Will', 'Rose') is replaced too, because a leaked name
 * cannot be recalled and a replaced word only reads oddly.
 */
import type {
  ActionItem,
  AgendaItem,
  CasePerson,
  MinutesDocData,
  SensitiveCategory,
} from './minutesData'

export const sensitiveCategories = ['health', 'police_intelligence', 'third_party'] as const satisfies readonly SensitiveCategory[]

/** Stands in for a name that belongs to more than one person (a shared surname, 'the Smiths'). */
export const ambiguousNameReplacement = '[name]'
export const identifierReplacement = '[identifier removed]'
export const dateOfBirthReplacement = '[date of birth removed]'
export const addressReplacement = '[address removed]'
export const postcodeReplacement = '[postcode removed]'

// ---------------------------------------------------------------------------
// (a) initials

/** 'John Smith' → 'JS'; "Mary-Jane O'Brien" → 'MJO'. Initials of nothing are '?'. */
export function initials(name: string): string {
  const letters = name
    .split(/[\s\-‐]+/u)
    .map((part) => /\p{L}/u.exec(part)?.[0] ?? '')
    .join('')
    .toUpperCase()
  return letters === '' ? '?' : letters
}

// ---------------------------------------------------------------------------
// (b) pseudonyms

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

// ---------------------------------------------------------------------------
// (c) scrubbing free text

export interface KnownPerson {
  firstName: string
  lastName: string
  otherNames?: readonly string[]
  /** What the person's name becomes: a pseudonym or initials. */
  replacement: string
  dateOfBirth?: string | null
  address?: string | null
  /** Identifier values (NHS number, police reference...). */
  identifiers?: readonly string[]
}

/**
 * Replaces every known name (full names, first names, surnames, other names,
 * in any letter case, with possessives: John's, JOHN'S, Smiths', James') with
 * the person's replacement, and removes their dates of birth, addresses and
 * identifiers. Word boundaries are Unicode-aware, so 'Ann' leaves 'Annual'
 * alone and 'Zoë' is still found.
 */
export function scrubText(text: string, knownPeople: readonly KnownPerson[]): string {
  return createScrubber(knownPeople)(text)
}

/** Compiles the patterns once, for scrubbing the many texts of one document. */
export function createScrubber(knownPeople: readonly KnownPerson[]): (text: string) => string {
  const valueRules = knownPeople.flatMap(valuePatterns)
  const names = nameTable(knownPeople)
  const namePattern = names.size === 0 ? null : compileNamePattern([...names.keys()])
  return (text) => {
    let result = text
    for (const rule of valueRules) result = result.replace(rule.pattern, rule.replacement)
    result = result.replace(nhsNumberLike, identifierReplacement).replace(postcodeLike, postcodeReplacement)
    if (namePattern) result = result.replace(namePattern, (...match: unknown[]) => replaceName(names, match))
    return result
  }
}

const notWordBefore = String.raw`(?<![\p{L}\p{N}_])`
const notWordAfter = String.raw`(?![\p{L}\p{N}_])`
/** Ten digits in the NHS 3-3-4 grouping, whatever the spacing. */
const nhsNumberLike = new RegExp(String.raw`${notWordBefore}\d{3}[ \-]?\d{3}[ \-]?\d{4}${notWordAfter}`, 'gu')
/** Any UK postcode, as defence in depth behind the known addresses. */
const postcodeLike = new RegExp(
  String.raw`${notWordBefore}(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}${notWordAfter}`,
  'giu',
)

function normaliseName(name: string): string {
  return name.trim().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').toLowerCase()
}

function nameParts(name: string): string[] {
  return name.split(/[\s\-‐]+/u).filter((part) => part.length >= 2)
}

/** Every spelling of every name, mapped to the replacements it can stand for. */
function nameTable(knownPeople: readonly KnownPerson[]): Map<string, Set<string>> {
  const table = new Map<string, Set<string>>()
  const add = (name: string, replacement: string) => {
    const key = normaliseName(name)
    if (key.length < 2) return
    const set = table.get(key) ?? new Set<string>()
    set.add(replacement)
    table.set(key, set)
  }
  for (const person of knownPeople) {
    const given = [person.firstName, ...(person.otherNames ?? [])].filter((name) => name.trim() !== '')
    const family = person.lastName.trim()
    for (const name of given) {
      add(name, person.replacement)
      for (const part of nameParts(name)) add(part, person.replacement)
      if (family) add(`${name} ${family}`, person.replacement)
    }
    if (family) {
      add(family, person.replacement)
      for (const part of nameParts(family)) add(part, person.replacement)
    }
    // A previous surname recorded as an other name: 'John Jones' as well as 'John Smith'.
    for (const other of person.otherNames ?? []) {
      if (person.firstName.trim()) add(`${person.firstName} ${other}`, person.replacement)
    }
  }
  return table
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

function compileNamePattern(keys: readonly string[]): RegExp {
  // Longest first, so 'John Smith' wins over 'John' and 'Anne' over 'Ann'.
  const alternatives = [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegExp(key).replace(/ /gu, String.raw`\s+`).replace(/'/gu, "['’‘]"))
  const possessive = String.raw`(?:(['’]s)|(s['’])|(['’])(?!\p{L})|(s))?`
  return new RegExp(`${notWordBefore}(${alternatives.join('|')})${possessive}${notWordAfter}`, 'giu')
}

function replaceName(names: Map<string, Set<string>>, match: unknown[]): string {
  const [, name, apostropheS, pluralPossessive, bareApostrophe, plural] = match
  const replacements = names.get(normaliseName(String(name)))
  const single = replacements?.size === 1 ? [...replacements][0] : undefined
  // A plural ('the Smiths') means the family, never one person.
  const isPlural = typeof pluralPossessive === 'string' || typeof plural === 'string'
  const base = single !== undefined && !isPlural ? single : ambiguousNameReplacement
  const isPossessive =
    typeof apostropheS === 'string' || typeof pluralPossessive === 'string' || typeof bareApostrophe === 'string'
  return isPossessive ? `${base}'s` : base
}

interface ValueRule {
  pattern: RegExp
  replacement: string
}

/** Dates of birth, addresses and identifiers, matched however they were typed. */
function valuePatterns(person: KnownPerson): ValueRule[] {
  const rules: ValueRule[] = []
  for (const identifier of person.identifiers ?? []) {
    const characters = [...identifier.replace(/[^\p{L}\p{N}]/gu, '')]
    if (characters.length < 3) continue
    const flexible = characters.map(escapeRegExp).join(String.raw`[\s\-/.]*`)
    rules.push({ pattern: new RegExp(`${notWordBefore}${flexible}${notWordAfter}`, 'giu'), replacement: identifierReplacement })
  }
  if (person.dateOfBirth) {
    for (const pattern of dateOfBirthPatterns(person.dateOfBirth)) rules.push({ pattern, replacement: dateOfBirthReplacement })
  }
  const address = person.address?.trim()
  if (address) {
    const numbered = address
      .split(/[,\n]/u)
      .map((line) => line.trim())
      .filter((line) => /\d/u.test(line) && line.length >= 4)
    // The street without its house number too: 'lives on Elm Road' is as telling as '14 Elm Road'.
    const streets = numbered
      .map((line) => line.replace(/^(?:flat\s+)?\d+[a-z]?\s+/iu, ''))
      .filter((street) => street.split(/\s+/u).length >= 2 && !/\d/u.test(street))
    const lines = [address, ...numbered, ...streets]
    for (const line of lines) {
      const flexible = line.split(/\s+/u).map(escapeRegExp).join(String.raw`[\s,]+`)
      rules.push({ pattern: new RegExp(`${notWordBefore}${flexible}${notWordAfter}`, 'giu'), replacement: addressReplacement })
    }
  }
  return rules
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

function dateOfBirthPatterns(isoDate: string): RegExp[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(isoDate)
  const monthName = match ? monthNames[Number(match[2]) - 1] : undefined
  if (!match || monthName === undefined) return [new RegExp(escapeRegExp(isoDate), 'giu')]
  const [, year, month, day] = match
  const d = `0?${Number(day)}`
  const m = `0?${Number(month)}`
  const yy = (year ?? '').slice(2)
  const monthWord = `(?:${monthName}|${monthName.slice(0, 3)}\\.?)`
  const ordinal = '(?:st|nd|rd|th)?'
  const sources = [
    `${year}-${month}-${day}`,
    `${d}[/.\\-]${m}[/.\\-](?:${year}|${yy})`,
    `${d}${ordinal}\\s+(?:of\\s+)?${monthWord},?\\s+${year}`,
    `${monthWord}\\s+${d}${ordinal},?\\s+${year}`,
  ]
  return sources.map((source) => new RegExp(`${notWordBefore}${source}${notWordAfter}`, 'giu'))
}

// ---------------------------------------------------------------------------
// (d) recipient profiles and (e) cases without consent

export interface RedactionProfile {
  /** The agency the copy is for; its own actions stay visible on restricted cases. */
  recipientAgency: string
  /** The sensitive categories this agency may receive; tagged content outside them is removed. */
  receives: readonly SensitiveCategory[]
  /** What names in free text become. Headings always use case reference and initials. */
  nameStyle?: 'pseudonym' | 'initials'
}

export interface RedactedMinutes {
  data: MinutesDocData
  pseudonyms: PseudonymMap
}

export function sameAgency(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().replace(/\s+/gu, ' ').toLowerCase()
  return normal(a) === normal(b)
}

export function receives(profile: RedactionProfile, category: SensitiveCategory | null | undefined): boolean {
  return category === null || category === undefined || profile.receives.includes(category)
}

/**
 * Turns full minutes into the copy a recipient agency may see, with the
 * pseudonyms used. Every object is rebuilt field by field, never spread, so
 * a field added to the minutes later fails to compile here instead of
 * slipping through unredacted.
 */
export function redactMinutes(data: MinutesDocData, profile: RedactionProfile): RedactedMinutes {
  const everyone = data.agendaItems.flatMap((item) => item.people)
  const pseudonyms = assignPseudonyms(everyone, data.date)
  const household = uniqueById(everyone)
  const scrub = createScrubber(household.map((person) => knownPerson(person, pseudonyms, profile)))
  const text: Redactor = { profile, pseudonyms, scrub, participant: participantName(household, pseudonyms) }

  return {
    pseudonyms,
    data: {
      meetingKind: data.meetingKind,
      date: data.date,
      time: data.time,
      location: scrub(data.location),
      chair: text.participant(data.chair),
      confidentiality: {
        statement: scrub(data.confidentiality.statement),
        agreedBy: data.confidentiality.agreedBy.map(text.participant),
      },
      attendees: data.attendees.map((attendee) => ({
        name: text.participant(attendee.name),
        agency: attendee.agency,
        role: attendee.role,
        attendance: attendee.attendance,
        informationSent: attendee.informationSent,
      })),
      agendaItems: data.agendaItems.map((item) => (item.consentToShare ? redactItem(item, text) : restrictItem(item, text))),
      nextMeeting: data.nextMeeting
        ? {
            date: data.nextMeeting.date,
            time: data.nextMeeting.time ?? null,
            location: data.nextMeeting.location ? scrub(data.nextMeeting.location) : null,
          }
        : null,
      approval: data.approval,
      version: data.version,
      amendments: data.amendments.map((amendment) => ({
        text: scrub(amendment.text),
        by: text.participant(amendment.by),
        date: amendment.date,
      })),
      redaction: {
        recipientAgency: profile.recipientAgency,
        withheldCategories: sensitiveCategories.filter((category) => !profile.receives.includes(category)),
      },
    },
  }
}

interface Redactor {
  profile: RedactionProfile
  pseudonyms: PseudonymMap
  scrub: (text: string) => string
  /** A named participant (chair, attendee, author of an amendment) who may be a household member. */
  participant: (name: string) => string
}

function uniqueById(people: readonly CasePerson[]): CasePerson[] {
  const seen = new Map<string, CasePerson>()
  for (const person of people) if (!seen.has(person.id)) seen.set(person.id, person)
  return [...seen.values()]
}

/**
 * Professionals keep their names (they are accountable for what they said
 * and owe), but a family member attending their own review is shown by
 * pseudonym. Only a full-name match counts: a social worker who shares a
 * first name with a resident keeps their name.
 */
function participantName(household: readonly CasePerson[], pseudonyms: PseudonymMap): (name: string) => string {
  const byFullName = new Map<string, string>()
  for (const person of household) {
    const pseudonym = pseudonyms.get(person.id)?.pseudonym ?? ambiguousNameReplacement
    for (const given of [person.firstName, ...person.otherNames]) {
      byFullName.set(normaliseName(`${given} ${person.lastName}`), pseudonym)
    }
  }
  return (name) => byFullName.get(normaliseName(name)) ?? name
}

function knownPerson(person: CasePerson, pseudonyms: PseudonymMap, profile: RedactionProfile): KnownPerson {
  const alias = pseudonyms.get(person.id)
  const replacement =
    profile.nameStyle === 'initials' ? (alias?.initials ?? '?') : (alias?.pseudonym ?? ambiguousNameReplacement)
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    otherNames: person.otherNames,
    replacement,
    dateOfBirth: person.dateOfBirth,
    address: person.address,
    identifiers: person.identifiers.map((identifier) => identifier.value),
  }
}

function redactItem(item: AgendaItem, text: Redactor): AgendaItem {
  const { profile, pseudonyms, scrub } = text
  const people = item.people.map((person): CasePerson => {
    const alias = pseudonyms.get(person.id)
    return {
      id: alias?.pseudonym ?? '',
      firstName: '',
      lastName: '',
      otherNames: [],
      relationship: scrub(person.relationship),
      dateOfBirth: null,
      address: null,
      identifiers: [],
      consent: person.consent,
      redactedAs: { pseudonym: alias?.pseudonym ?? ambiguousNameReplacement, initials: alias?.initials ?? '?' },
    }
  })
  return {
    caseReference: item.caseReference,
    caseTitle: caseInitials(item, pseudonyms),
    people,
    consentToShare: true,
    reasons: item.reasons.map(scrub),
    discussion: item.discussion
      .filter((part) => receives(profile, part.category))
      .map((part) => ({ text: scrub(part.text), category: part.category ?? null })),
    decisions: item.decisions.map(scrub),
    riskBefore: item.riskBefore,
    riskAfter: item.riskAfter,
    direction: item.direction,
    directionReason: scrub(item.directionReason),
    nextReviewDate: item.nextReviewDate,
    informationShared: item.informationShared
      .filter((shared) => receives(profile, shared.category))
      .map((shared) => ({ agency: shared.agency, summary: scrub(shared.summary), category: shared.category ?? null })),
    sharingWithoutConsent: item.sharingWithoutConsent.map((decision) => ({
      rationale: scrub(decision.rationale),
      decidedBy: text.participant(decision.decidedBy),
      decidedOn: decision.decidedOn,
    })),
    actions: item.actions.map((action) => redactAction(action, text)),
    restricted: false,
  }
}

/** No consent: the case is discussed in general terms only (reference, risk, the reader's own actions). */
function restrictItem(item: AgendaItem, text: Redactor): AgendaItem {
  return {
    caseReference: item.caseReference,
    caseTitle: '',
    people: [],
    consentToShare: false,
    reasons: [],
    discussion: [],
    decisions: [],
    riskBefore: null,
    riskAfter: item.riskAfter,
    direction: null,
    directionReason: '',
    nextReviewDate: null,
    informationShared: [],
    sharingWithoutConsent: [],
    actions: item.actions
      .filter((action) => sameAgency(action.ownerAgency, text.profile.recipientAgency))
      .map((action) => redactAction(action, text)),
    restricted: true,
  }
}

function redactAction(action: ActionItem, text: Redactor): ActionItem {
  return {
    id: action.id,
    description: text.scrub(action.description),
    owner: text.participant(action.owner),
    ownerAgency: action.ownerAgency,
    dueDate: action.dueDate,
    status: action.status,
    statusReason: action.statusReason ? text.scrub(action.statusReason) : null,
    change: action.change,
  }
}

/** 'JS, DS, KS': the heading a reader sees instead of 'Smith family'. */
function caseInitials(item: AgendaItem, pseudonyms: PseudonymMap): string {
  const list = item.people.map((person) => pseudonyms.get(person.id)?.initials ?? '?')
  return list.join(', ')
}
