/**
 * The sender's review of a redacted copy before it exists as a file: every
 * replacement the scrubber made (original → replacement, in context, per
 * case), and every word left in the copy that could still identify someone,
 * flagged "possible identifier": a capitalised word that is neither an
 * ordinary English word nor the organisation's own vocabulary, a recorded
 * household name that survived (a name from another case is not replaced in
 * this case's text), and a number-like token (a reference, a postcode
 * district). The sender accepts each flag as safe or adds it as a term to
 * redact; only then may the copy be saved.
 *
 * Pure: the dictionary and the vocabulary are given (main loads the word
 * list once), so the rules can be tested here.
 */
import { isCaseReference } from '../cases'
import type { AgendaItem } from '../minutesData'
import { receives, withheldLine, type RedactionProfile } from './profile'
import type { ScrubObserver } from './scrubber'
import { foldAccents } from './text'
import { monthNames, monthShortNames } from './dates'

export interface ReviewChange {
  original: string
  replacement: string
  /** The text just before and after, as the scrubber saw it. */
  before: string
  after: string
}

export interface ReviewCase {
  /** Null for what belongs to no one case: attendance, amendments, the meeting's own details. */
  caseReference: string | null
  caseTitle: string
  changes: ReviewChange[]
  /** What the copy leaves out of the case as a whole ('No consent to share: ...', 'Withheld: ...'). */
  notes: string[]
}

export type FlagReason = 'unknown_word' | 'recorded_name' | 'number'

export const flagReasonLabels: Record<FlagReason, string> = {
  unknown_word: 'Not an ordinary word',
  recorded_name: 'A name recorded on a case on this agenda',
  number: 'A number or code',
}

export interface ReviewFlag {
  /** The word folded to lower case: one decision covers every occurrence. */
  key: string
  /** As first written. */
  text: string
  reason: FlagReason
  /** The cases whose text holds it (null: document-wide text), in order. */
  caseReferences: Array<string | null>
  occurrences: number
  before: string
  after: string
}

/** A term the sender added: for this document only (caseReference null), or kept with a case's known names. */
export interface ReviewTerm {
  text: string
  caseReference: string | null
}

export interface RedactionReview {
  reviewId: string
  meetingId: string
  recipientAgency: string
  replacementCount: number
  cases: ReviewCase[]
  flags: ReviewFlag[]
  terms: ReviewTerm[]
}

/** What the organisation itself and ordinary writing use: never a possible identifier. */
export interface Lexicon {
  /** Lower case, accents folded. */
  isWord: (word: string) => boolean
  /** The organisation's own words (agencies, users, places of the service area, meeting kinds), lower case, folded. */
  vocabulary: ReadonlySet<string>
}

/** Collects what the scrubber did to one document, by scope. */
export class ReviewRecorder implements ScrubObserver {
  readonly changes = new Map<string | null, ReviewChange[]>()
  readonly texts: Array<{ scope: string | null; text: string }> = []

  replaced(scope: string | null, change: ReviewChange): void {
    const list = this.changes.get(scope) ?? []
    list.push(change)
    this.changes.set(scope, list)
  }

  scrubbed(scope: string | null, output: string): void {
    if (output.trim() !== '') this.texts.push({ scope, text: output })
  }
}

/** Words every set of minutes uses that a dictionary of ordinary words leaves out: calendar names, titles, public-service abbreviations. */
export const everydayProperWords: ReadonlySet<string> = new Set([
  ...monthNames,
  ...monthShortNames,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'christmas',
  'easter',
  'english',
  'british',
  'uk',
  'ok',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'pc',
  'ds',
  'dc',
  'sgt',
  'cllr',
  'nhs',
  'gp',
  'gps',
  'a&e',
  'dwp',
  'camhs',
  'marac',
  'mash',
  'mappa',
  'asb',
  'sen',
  'send',
  'ehcp',
  'cpn',
  'cmht',
  'pcso',
  'cid',
  'idva',
  'isva',
  'dash',
  'iom',
  'yot',
  'yjs',
  'gdpr',
  'hmrc',
  'uc',
  'pip',
  'esa',
  'jsa',
  'icb',
  'cin',
  'lac',
  'cla',
  'plo',
  'sgo',
])

/** Foldable, lower case: how a word is looked up. */
export function wordKey(word: string): string {
  return foldAccents(word).toLowerCase().replace(/[’‘]/gu, "'").replace(/'s$/u, '')
}

/** The organisation's words from names and labels ('Trafford Housing Trust' → trafford, housing, trust). */
export function vocabularyOf(phrases: Iterable<string>): Set<string> {
  const words = new Set(everydayProperWords)
  for (const phrase of phrases) for (const word of phrase.split(/[^\p{L}\p{N}&'’]+/u)) if (word.length > 0) words.add(wordKey(word))
  return words
}

const placeholder = /\[[^\]\n]{1,40}\]/gu
const token = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})|[-/.&](?=[\p{L}\p{N}]))*/gu

interface Found {
  text: string
  key: string
  reason: FlagReason
  index: number
}

/**
 * The possible identifiers in one text. `known` are the words that stand in
 * for people in this copy (pseudonyms, initials) and are safe;
 * `recordedNames` every household name of the document's cases.
 */
export function possibleIdentifiers(
  text: string,
  lexicon: Lexicon,
  known: ReadonlySet<string>,
  recordedNames: ReadonlySet<string>,
): Found[] {
  const visible = text.replace(placeholder, (match) => ' '.repeat(match.length))
  const found: Found[] = []
  for (const match of visible.matchAll(token)) {
    const word = match[0]
    const index = match.index
    const key = wordKey(word)
    if (/\p{N}/u.test(word)) {
      if (isNumberLike(word, visible.charAt(index - 1), visible.charAt(index + word.length)))
        found.push({ text: word, key, reason: 'number', index })
      continue
    }
    const first = word.charAt(0)
    if (first === first.toLowerCase() || [...word].length < 2) continue
    if (known.has(key) || lexicon.vocabulary.has(key)) continue
    if (recordedNames.has(key) || key.split('-').some((part) => recordedNames.has(part))) {
      found.push({ text: word, key, reason: 'recorded_name', index })
      continue
    }
    if (lexicon.isWord(key) || key.split(/[-/]/u).every((part) => part === '' || lexicon.isWord(part) || lexicon.vocabulary.has(part)))
      continue
    found.push({ text: word, key, reason: 'unknown_word', index })
  }
  return found
}

/**
 * A token with figures in it that could be an identifier: five digits or
 * more, or letters and figures mixed ('M32', 'AB123456C'), but not a year,
 * a date, a time, an amount, an ordinal or a case reference.
 */
function isNumberLike(word: string, before: string, after: string): boolean {
  if (before === '£' || before === '$' || before === '€' || after === '%') return false
  if (isCaseReference(word)) return false
  if (/^\d+(?:st|nd|rd|th|am|pm|s)$/iu.test(word)) return false
  if (/^\d{1,4}(?:[/.-]\d{1,4}){1,2}$/u.test(word)) return false
  if (/\p{L}/u.test(word)) return true
  return word.replace(/\D/gu, '').length >= 5
}

export interface ReviewInput {
  items: readonly AgendaItem[]
  profile: RedactionProfile
  recorder: ReviewRecorder
  lexicon: Lexicon
  /** Pseudonyms and initials used in this copy. */
  replacements: Iterable<string>
  /** Every recorded household name (first names, surnames, other names) of the document's cases. */
  recordedNames: Iterable<string>
}

/** The changes per case (document-wide first, then agenda order) and the flags in the order the copy meets them. */
export function buildReview({
  items,
  profile,
  recorder,
  lexicon,
  replacements,
  recordedNames,
}: ReviewInput): Pick<RedactionReview, 'replacementCount' | 'cases' | 'flags'> {
  const known = vocabularyOf(replacements)
  const names = new Set(
    [...recordedNames]
      .flatMap((name) => name.split(/[\s-]+/u))
      .filter((name) => name.length >= 2)
      .map(wordKey),
  )
  const cases: ReviewCase[] = [
    { caseReference: null, caseTitle: 'Whole document', changes: recorder.changes.get(null) ?? [], notes: [] },
    ...items.map((item) => ({
      caseReference: item.caseReference,
      caseTitle: item.caseTitle,
      changes: recorder.changes.get(item.caseReference) ?? [],
      notes: caseNotes(item, profile),
    })),
  ]
  const flags = new Map<string, ReviewFlag>()
  for (const { scope, text } of recorder.texts) {
    for (const hit of possibleIdentifiers(text, lexicon, known, names)) {
      const flag = flags.get(hit.key)
      if (flag) {
        flag.occurrences += 1
        if (!flag.caseReferences.includes(scope)) flag.caseReferences.push(scope)
        continue
      }
      flags.set(hit.key, {
        key: hit.key,
        text: hit.text,
        reason: hit.reason,
        caseReferences: [scope],
        occurrences: 1,
        before: text.slice(Math.max(0, hit.index - 40), hit.index),
        after: text.slice(hit.index + hit.text.length, hit.index + hit.text.length + 40),
      })
    }
  }
  return { replacementCount: cases.reduce((sum, group) => sum + group.changes.length, 0), cases, flags: [...flags.values()] }
}

/** What the copy leaves out of a case as a whole, said once per case. */
export function caseNotes(item: AgendaItem, profile: RedactionProfile): string[] {
  if (!item.consentToShare)
    return [`No consent to share: discussed in general terms only (reference, risk and ${profile.recipientAgency}'s own actions).`]
  const notes = new Set<string>()
  if (item.sensitivity && !receives(profile, item.sensitivity)) notes.add(withheldLine(item.sensitivity, profile))
  for (const part of item.discussion) {
    const category = part.category ?? item.sensitivity ?? null
    if (category !== null && !receives(profile, category)) notes.add(withheldLine(category, profile))
  }
  return [...notes]
}

/** The flags still to decide: neither accepted as safe nor gone because a term now takes them out. */
export function undecidedFlags(review: Pick<RedactionReview, 'flags'>, accepted: Iterable<string>): ReviewFlag[] {
  const safe = new Set(accepted)
  return review.flags.filter((flag) => !safe.has(flag.key))
}
