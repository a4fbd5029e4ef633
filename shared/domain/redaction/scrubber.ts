/**
 * Scrubbing free text: every known name becomes the person's replacement,
 * and dates of birth, addresses, identifiers, e-mail addresses and phone
 * numbers are removed, however they were typed.
 *
 * Built once per document (createScrubber) into a handful of combined
 * regular expressions, because a 40-case meeting has hundreds of people and
 * thousands of texts: one pattern per person per text was the slow part.
 *
 * Where a rule has to choose, it over-redacts, with one exception: an
 * ordinary word that is also a name ('Price', 'Will', 'Hope': see
 * commonWords.ts) is a name only where it is written as one, so 'the price
 * of the repairs' keeps its meaning. Names are scoped, strictly: text that
 * belongs to one case has only that case's household replaced (a name from
 * another case is left, and the sender's review flags it); document-wide
 * text has the household of every case given. The names of professionals,
 * users and agencies are never rewritten.
 */
import { isCommonWordName } from './commonWords'
import { dateOfBirthSources } from './dates'
import { accentTolerantPattern, alternation, escapeRegExp, foldAccents, notWordAfter, notWordBefore } from './text'

/** Stands in for a name that belongs to more than one person (a shared surname, 'the Smiths'). */
export const ambiguousNameReplacement = '[name]'
export const identifierReplacement = '[identifier removed]'
export const dateOfBirthReplacement = '[date of birth removed]'
export const addressReplacement = '[address removed]'
export const postcodeReplacement = '[postcode removed]'
export const emailReplacement = '[email removed]'
export const phoneReplacement = '[phone number removed]'
/** Stands in for a term the sender added at review ('Oakfield Primary'). */
export const termReplacement = '[redacted]'

export interface KnownPerson {
  firstName: string
  lastName: string
  /** Nicknames, preferred names, middle names, previous surnames. */
  otherNames?: readonly string[]
  /** What the person's name becomes: a pseudonym or initials. */
  replacement: string
  dateOfBirth?: string | null
  address?: string | null
  /** Identifier values (NHS number, police reference...). */
  identifiers?: readonly string[]
  /**
   * The case the person is recorded on (any stable key). Their name is
   * replaced in that case's text and in document-wide text, never in
   * another case's; that case's text also loses the locality of their
   * address. Unset: the person belongs to every scope.
   */
  scope?: string
}

export interface ScrubberOptions {
  /**
   * Names that are never rewritten by a household's names, in any field or
   * text: the professionals at the meeting, action owners, users, agencies
   * ('Karen Hughes' stays whole beside a subject called Paul Hughes). A kept
   * name that is itself a household member's name is not kept.
   */
  keep?: readonly string[]
  /**
   * Words or phrases the sender added at review, taken out of every text and
   * field of the document, in any letter case, with or without accents.
   */
  terms?: readonly string[]
  /** Told of every replacement and every text scrubbed, for the sender's review. */
  observer?: ScrubObserver
}

/**
 * Watches one document being scrubbed. `scope` is the case the text belongs
 * to (KnownPerson.scope), null for document-wide text. Context is the text
 * either side of the replaced words, as the scrubber saw it (earlier rules'
 * replacements included).
 */
export interface ScrubObserver {
  replaced(scope: string | null, change: { original: string; replacement: string; before: string; after: string }): void
  /** A text as it leaves the scrubber. */
  scrubbed(scope: string | null, output: string): void
}

export type Scrubber = (text: string) => string

/**
 * Replaces every known name (full names, first names, surnames, other names,
 * with a title ('Mrs Whitlock' → 'Mrs [name]'), in any letter case, with or
 * without accents, with possessives: John's, JOHN'S, Smiths', James') with
 * the person's replacement, and removes their dates of birth, every part of
 * their address and their identifiers, plus any e-mail address, UK phone
 * number, NHS-number-like figure and postcode. Word boundaries are
 * Unicode-aware, so 'Ann' leaves 'Annual' alone.
 */
export function scrubText(text: string, knownPeople: readonly KnownPerson[]): string {
  return createScrubber(knownPeople)(text)
}

/** Compiles the patterns once, for scrubbing the many texts of one document. */
export function createScrubber(knownPeople: readonly KnownPerson[]): Scrubber {
  return createScrubbers(knownPeople).text
}

export interface Scrubbers {
  /** Any free text: discussion, decisions, roles, action descriptions. Document-wide text uses this one. */
  text: Scrubber
  /**
   * A field that holds one person's name (attendee, action owner, author,
   * 'agreed by'). A household member named any way the record knows them
   * ('Shaz', 'Whitlock', 'Shannon Whitlock') becomes their replacement; a
   * professional whose full name merely shares a first name with someone in
   * the household ('Shannon Brady') keeps it, because they are accountable
   * for what they said, and so does anyone whose name merely shares a part
   * with a household member's ('Karen Hughes' beside Paul Hughes). Only
   * identifiers and contact details are taken out of such a field.
   */
  personName: Scrubber
  /** The same rules for the text that belongs to one case (see KnownPerson.scope). */
  scoped: (scope: string) => { text: Scrubber; personName: Scrubber }
}

export function createScrubbers(knownPeople: readonly KnownPerson[], options: ScrubberOptions = {}): Scrubbers {
  const values = compileValuePattern(knownPeople)
  const names = nameTable(knownPeople)
  const namePattern = names.size === 0 ? null : compileNamePattern([...names.keys()])
  // A term the sender asked to take out wins over a kept professional's name.
  const keep = compileKeepPattern(options.keep ?? [], names, new Set((options.terms ?? []).map(nameSpellingKey)))
  const terms = compileTermPattern(options.terms ?? [])
  const observer = options.observer
  const localities = new Map<string, RegExp | null>()
  const localityPattern = (scope: string | null): RegExp | null => {
    if (scope === null) return null
    if (!localities.has(scope)) localities.set(scope, compileLocalityPattern(knownPeople.filter((person) => person.scope === scope)))
    return localities.get(scope) ?? null
  }

  /** One rule applied to a text, each replacement told to the observer (with kept names put back). */
  const apply = (
    input: string,
    pattern: RegExp,
    replacer: string | ((...match: unknown[]) => string),
    scope: string | null,
    restore: Restore,
  ): string => {
    if (!observer) return typeof replacer === 'string' ? input.replace(pattern, replacer) : input.replace(pattern, replacer)
    return input.replace(pattern, (...match: unknown[]) => {
      const found = match[0] as string
      const result = typeof replacer === 'string' ? replacer : replacer(...match)
      if (result !== found) {
        const offset = match.find((part, index) => index > 0 && typeof part === 'number') as number
        observer.replaced(scope, {
          original: restore(found),
          replacement: result,
          before: restore(input.slice(Math.max(0, offset - contextLength), offset)),
          after: restore(input.slice(offset + found.length, offset + found.length + contextLength)),
        })
      }
      return result
    })
  }
  const scrubValues = (input: string, scope: string | null, restore: Restore = unchanged): string => {
    if (input === '') return input
    let result = values ? apply(input, values, replaceValue, scope, restore) : input
    const locality = localityPattern(scope)
    if (locality) result = apply(result, locality, addressReplacement, scope, restore)
    result = apply(result, emailLike, emailReplacement, scope, restore)
    result = apply(result, phoneLike, replacePhone, scope, restore)
    result = apply(result, nhsNumberLike, identifierReplacement, scope, restore)
    result = apply(result, postcodeLike, postcodeReplacement, scope, restore)
    result = result.replace(repeatedAddress, addressReplacement)
    return terms ? apply(result, terms, termReplacement, scope, restore) : result
  }
  const scrubText = (input: string, scope: string | null): string => {
    if (input === '') return input
    const output = protecting(input, keep, (protectedText, restore) => {
      const result = scrubValues(protectedText, scope, restore)
      return namePattern ? apply(result, namePattern, (...match: unknown[]) => replaceName(names, scope, match), scope, restore) : result
    })
    observer?.scrubbed(scope, output)
    return output
  }
  const personName = (input: string, scope: string | null): string => {
    const output = personNameOf(input, scope)
    observer?.scrubbed(scope, output)
    return output
  }
  const personNameOf = (input: string, scope: string | null): string => {
    const title = titlePrefix.exec(input)?.[0] ?? ''
    const entries = names.get(nameSpellingKey(input.slice(title.length)))
    if (entries && (scope === null || isOwn(entries, scope))) {
      const single = singleReplacement(entries, scope)
      // A name shared within the household ('Mrs Whitlock'): the title still tells the reader something true.
      const replacement = single ?? `${title.trim() === '' ? '' : `${title.trim()} `}${ambiguousNameReplacement}`
      observer?.replaced(scope, { original: input, replacement, before: '', after: '' })
      return replacement
    }
    // Anyone else is a professional, accountable for what they said: the
    // household's names never rewrite part of theirs ('Karen Hughes' is not
    // 'Karen Adult L', which would also say that Adult L is a Hughes).
    return scrubValues(input, scope)
  }
  const inScope = (scope: string | null) => ({
    text: (input: string) => scrubText(input, scope),
    personName: (input: string) => personName(input, scope),
  })
  return { ...inScope(null), scoped: (scope) => inScope(scope) }
}

/** How much text either side of a replacement the review shows. */
const contextLength = 40

type Restore = (text: string) => string
const unchanged: Restore = (text) => text

/**
 * Runs `scrub` with every kept name swapped for a placeholder, then puts the
 * names back, so no rule can touch them. Placeholders are private-use
 * characters; a text that already holds one is scrubbed unprotected.
 */
function protecting(input: string, keep: RegExp | null, scrub: (text: string, restore: Restore) => string): string {
  if (!keep || privateUse.test(input)) return scrub(input, unchanged)
  const kept: string[] = []
  const swapped = input.replace(keep, (name) => {
    if (kept.length >= placeholderCount) return name
    kept.push(name)
    return String.fromCodePoint(placeholderBase + kept.length - 1)
  })
  if (kept.length === 0) return scrub(input, unchanged)
  const restore: Restore = (text) => text.replace(privateUseAll, (char) => kept[(char.codePointAt(0) ?? 0) - placeholderBase] ?? char)
  return restore(scrub(swapped, restore))
}

const placeholderBase = 0xe000
const placeholderCount = 0x1900
const privateUse = /[\uE000-\uF8FF]/u
const privateUseAll = /[\uE000-\uF8FF]/gu

function compileKeepPattern(keep: readonly string[], names: NameTable, terms: ReadonlySet<string>): RegExp | null {
  const keys = [...new Set(keep.map((name) => nameSpellingKey(name.replace(titlePrefix, ''))))].filter(
    (key) => key.length >= 2 && !names.has(key) && !key.split(' ').some((word) => terms.has(word)) && !terms.has(key),
  )
  if (keys.length === 0) return null
  return new RegExp(`${notWordBefore}(?:${titleSource})?(?:${alternation(keys.map(accentTolerantPattern))})${notWordAfter}`, 'giu')
}

/** The sender's added terms, whole words only, longest first; a possessive goes with the term. */
function compileTermPattern(terms: readonly string[]): RegExp | null {
  const sources = [...new Set(terms.map((term) => term.trim().replace(/\s+/gu, ' ')).filter((term) => term.length >= 2))].map(
    accentTolerantPattern,
  )
  if (sources.length === 0) return null
  return new RegExp(`${notWordBefore}(?:${alternation(sources)})(?:['’]s)?${notWordAfter}`, 'giu')
}

const titleSource = String.raw`(?:mr|mrs|ms|miss|mx|dr|pc|ds|dc|sgt|cllr)\.?\s+`

const titlePrefix = /^\s*(?:mr|mrs|ms|miss|mx|dr|master)\.?\s+/iu

/** Ten digits in the NHS 3-3-4 grouping, whatever the spacing. */
const nhsNumberLike = new RegExp(String.raw`${notWordBefore}\d{3}[ \-]?\d{3}[ \-]?\d{4}${notWordAfter}`, 'gu')
/** Any UK postcode, as defence in depth behind the known addresses. */
const postcodeLike = new RegExp(String.raw`${notWordBefore}(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}${notWordAfter}`, 'giu')
const emailLike = /[\p{L}\p{N}._%+\-']+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
/** A candidate UK number (0161 912 0000, 07700 900123, +44 (0)7700-900-123); the digit count is checked in replacePhone. */
const phoneLike = /(?<![\p{L}\p{N}+])(?:\+\s?44|\(?0)[\d\s\-()]{8,16}\d(?!\p{N})/gu
/** 'Chester House, King Street' was two components: one removal reads better. */
const repeatedAddress = /\[address removed\](?:[\s,]+\[address removed\])+/gu

function replacePhone(...args: unknown[]): string {
  const match = args[0] as string
  const digits = match.replace(/\D/gu, '')
  const national = digits.startsWith('44') ? digits.slice(2).replace(/^0/u, '') : digits.replace(/^0/u, '')
  return national.length === 9 || national.length === 10 ? phoneReplacement : match
}

// ---------------------------------------------------------------------------
// Names

/**
 * Lower case, accents folded, one space, straight apostrophes: how the scrubber
 * keys two spellings of one name. Not record/matching's normaliseName, which
 * drops punctuation to find likely duplicates.
 */
export function nameSpellingKey(name: string): string {
  return foldAccents(name.trim().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').toLowerCase())
}

function nameParts(name: string): string[] {
  return name.split(/[\s\-‐]+/u).filter((part) => part.length >= 2)
}

/**
 * The spellings people type for a name with an apostrophe or a hyphen:
 * "O'Neill-Kerr" is also 'ONeill-Kerr', 'O Neill-Kerr', "O'Neill Kerr",
 * 'ONeill Kerr' and 'O Neill Kerr' (curly apostrophes are matched by the
 * pattern itself).
 */
function spellings(name: string): string[] {
  const apostrophes = /['’‘]/u.test(name) ? [name, name.replace(/['’‘]/gu, ''), name.replace(/['’‘]/gu, ' ')] : [name]
  return apostrophes.flatMap((spelling) => (/[-‐]/u.test(spelling) ? [spelling, spelling.replace(/[-‐]/gu, ' ')] : [spelling]))
}

interface NameEntry {
  replacement: string
  scope: string | null
}

/** Every spelling of every name, mapped to the people it can stand for. */
type NameTable = Map<string, NameEntry[]>

function nameTable(knownPeople: readonly KnownPerson[]): NameTable {
  const table: NameTable = new Map()
  const add = (name: string, person: KnownPerson) => {
    for (const spelling of spellings(name)) {
      const key = nameSpellingKey(spelling)
      if (key.length < 2) continue
      const entries = table.get(key) ?? []
      const scope = person.scope ?? null
      if (!entries.some((entry) => entry.replacement === person.replacement && entry.scope === scope)) {
        entries.push({ replacement: person.replacement, scope })
      }
      table.set(key, entries)
    }
  }
  for (const person of knownPeople) {
    const given = [person.firstName, ...(person.otherNames ?? [])].filter((name) => name.trim() !== '')
    const family = person.lastName.trim()
    for (const name of given) {
      add(name, person)
      for (const part of nameParts(name)) add(part, person)
      if (family) add(`${name} ${family}`, person)
    }
    if (family) {
      add(family, person)
      for (const part of nameParts(family)) add(part, person)
    }
    // A previous surname recorded as an other name: 'John Jones' as well as 'John Smith'.
    for (const other of person.otherNames ?? []) {
      if (person.firstName.trim()) add(`${person.firstName} ${other}`, person)
    }
  }
  return table
}

/**
 * The one replacement a name stands for in a scope: the scope's own people
 * first (so 'Jones' in the Jones case is that case's Jones even when another
 * case has one), everyone otherwise; undefined when it is still ambiguous.
 */
/** Whether the name belongs to someone on the case the text is about (or to no case in particular). */
function isOwn(entries: readonly NameEntry[], scope: string | null): boolean {
  return entries.some((entry) => entry.scope === null || entry.scope === scope)
}

function singleReplacement(entries: readonly NameEntry[], scope: string | null): string | undefined {
  const own = entries.filter((entry) => isOwn([entry], scope))
  const pool = own.length > 0 ? own : entries
  const replacements = new Set(pool.map((entry) => entry.replacement))
  return replacements.size === 1 ? [...replacements][0] : undefined
}

/** Possessives and plurals after a name: John's, JOHN'S, Smiths', James', the Smiths, the Joneses. */
const possessiveSource = String.raw`(?:(?<apostropheS>['’]s)|(?<pluralPossessive>(?:e?s)['’])|(?<bare>['’])(?!\p{L})|(?<plural>e?s))?`

function compileNamePattern(keys: readonly string[]): RegExp {
  const alternatives = alternation(keys.map(accentTolerantPattern))
  return new RegExp(`${notWordBefore}(?<name>${alternatives})${possessiveSource}${notWordAfter}`, 'giu')
}

interface NameGroups {
  name?: string
  apostropheS?: string
  pluralPossessive?: string
  bare?: string
  plural?: string
}

function replaceName(names: NameTable, scope: string | null, match: unknown[]): string {
  const groups = match[match.length - 1] as NameGroups
  const whole = match[match.length - 2] as string
  const offset = match[match.length - 3] as number
  const found = match[0] as string
  const key = nameSpellingKey(groups.name ?? '')
  const entries = names.get(key) ?? []
  // Strict scoping: in one case's text only that case's household is replaced. A name
  // from another case is left as written, and the sender's review flags it.
  if (scope !== null && !isOwn(entries, scope)) return found
  const possessed = groups.apostropheS !== undefined || groups.pluralPossessive !== undefined
  // 'Dawn's son': an ordinary word does not take a capital and a possessive together.
  const own = isOwn(entries, scope) || possessed
  if (isCommonWordName(key) && !writtenAsName(key, groups.name ?? '', whole, offset, own)) return found
  const single = singleReplacement(entries, scope)
  // A plural ('the Smiths') means the family, never one person.
  const isPlural = groups.pluralPossessive !== undefined || groups.plural !== undefined
  const base = single !== undefined && !isPlural ? single : ambiguousNameReplacement
  const isPossessive = groups.apostropheS !== undefined || groups.pluralPossessive !== undefined || groups.bare !== undefined
  return isPossessive ? `${base}'s` : base
}

/**
 * Whether an ordinary word that is also a name ('Price') is written as a
 * name here: capitalised, and either not at the start of a sentence or
 * capitalised mid-sentence elsewhere in the same text. A capital that only
 * ever starts a sentence is no evidence of a name, except in the text of
 * the person's own case, where 'Grace attended' is far likelier to be Grace
 * than a word, and a leaked name cannot be recalled.
 */
function writtenAsName(key: string, written: string, whole: string, offset: number, own: boolean): boolean {
  const words = written.split(/\s+/u)
  if (!words.every(startsWithCapital)) return false
  // 'Will Hope': two capitalised words that together are a recorded name.
  if (words.length > 1) return true
  if (own || !startsSentence(whole, offset)) return true
  for (const other of whole.matchAll(commonWordPattern(key))) {
    if (other.index !== offset && startsWithCapital(other[0]) && !startsSentence(whole, other.index)) return true
  }
  return false
}

function startsWithCapital(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

const titleBefore = /(?:^|[^\p{L}])(?:mr|mrs|ms|miss|mx|dr|master)\.?\s*$/iu
const openingPunctuation = /[\s"'“‘([]/u

/** At the start of the text or a line, or after . ! ? or a bullet, but never after a title ('Mr. Price'). */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset)
  if (titleBefore.test(before)) return false
  let index = before.length - 1
  while (index >= 0 && openingPunctuation.test(before.charAt(index))) {
    if (before.charAt(index) === '\n') return true
    index -= 1
  }
  return index < 0 || /[.!?•]/u.test(before.charAt(index))
}

const commonWordPatterns = new Map<string, RegExp>()

function commonWordPattern(key: string): RegExp {
  let pattern = commonWordPatterns.get(key)
  if (!pattern) {
    pattern = new RegExp(`${notWordBefore}${accentTolerantPattern(key)}(?=${possessiveSource}${notWordAfter})`, 'giu')
    commonWordPatterns.set(key, pattern)
  }
  return pattern
}

// ---------------------------------------------------------------------------
// Dates of birth, addresses and identifiers

interface ValueGroups {
  identifier?: string
  dateOfBirth?: string
  postcode?: string
  address?: string
}

function replaceValue(...match: unknown[]): string {
  const groups = match[match.length - 1] as ValueGroups
  if (groups.identifier !== undefined) return identifierReplacement
  if (groups.dateOfBirth !== undefined) return dateOfBirthReplacement
  if (groups.postcode !== undefined) return postcodeReplacement
  return addressReplacement
}

/** One pattern for every known value of every person, or null when there is none. */
function compileValuePattern(knownPeople: readonly KnownPerson[]): RegExp | null {
  const identifiers = knownPeople.flatMap((person) => (person.identifiers ?? []).flatMap(identifierSource))
  const dates = knownPeople.flatMap((person) => (person.dateOfBirth ? dateOfBirthSources(person.dateOfBirth) : []))
  const components = knownPeople.flatMap((person) => (person.address ? addressComponents(person.address) : []))
  const streets = knownPeople.flatMap((person) => (person.address ? addressStreets(person.address) : []))
  const postcodes = components.filter(isPostcode).map(postcodeSource)
  const addresses = [
    ...components.filter((component) => !isPostcode(component)).map(componentSource),
    // Any house number on a known street ('21 Kingsway' beside a recorded 12 Kingsway), as one removal.
    ...streets.map((street) => `${houseNumberSource}${componentSource(street)}`),
  ]
  const groups = [
    identifiers.length > 0 ? `(?<identifier>${alternation(identifiers)})` : null,
    dates.length > 0 ? `(?<dateOfBirth>${alternation(dates)})` : null,
    // Addresses before postcodes: a whole address that ends in its postcode goes as one.
    addresses.length > 0 ? `(?<address>${alternation(addresses)})` : null,
    postcodes.length > 0 ? `(?<postcode>${alternation(postcodes)})` : null,
  ].filter((group): group is string => group !== null)
  if (groups.length === 0) return null
  return new RegExp(`${notWordBefore}(?:${groups.join('|')})${notWordAfter}`, 'giu')
}

/** 'GMP/25/118842' also as 'GMP 25 118842' or 'GMP25118842'. */
function identifierSource(identifier: string): string[] {
  const characters = [...identifier.replace(/[^\p{L}\p{N}]/gu, '')]
  if (characters.length < 3) return []
  return [characters.map(escapeRegExp).join(String.raw`[\s\-/.]*`)]
}

/** 'Flat 6, ', '21 ', '21a-23 ': what may stand before a street name. */
const houseNumberSource = String.raw`(?:(?:flat|apartment|unit)\s+\d+[a-z]?[\s,]+)?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?,?\s+`

interface AddressPart {
  text: string
  postcode: string | null
  /** A one-word place name after the first part ('Stretford'). */
  isPlace: boolean
}

function addressParts(address: string): AddressPart[] {
  return address
    .split(/[,\n;]/u)
    .map((part) => part.trim().replace(/\s+/gu, ' '))
    .filter(Boolean)
    .map((part, index) => {
      const postcode = /\b((?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2})$/iu.exec(part)
      const text = postcode ? part.slice(0, postcode.index).trim() : part
      return { text, postcode: postcode?.[1] ?? null, isPlace: index > 0 && !/\d/u.test(text) && text.split(' ').length === 1 }
    })
}

/**
 * The whole address and each of its parts: 'Flat 6, Chester House, King
 * Street, Stretford M32 9QQ' gives 'Flat 6', 'Chester House', 'King Street',
 * the street without its number ('Kingsway' from '12 Kingsway') and the
 * postcode in any spacing. A one-word place ('Stretford', 'Manchester') is
 * not among them: it names an area, and removing it everywhere would strip
 * the meeting's own venue ('Stretford Hub'). The household's locality is
 * removed from the text of their own case instead (addressLocalities).
 */
export function addressComponents(address: string): string[] {
  const components: string[] = []
  for (const part of addressParts(address)) {
    if (part.postcode) components.push(part.postcode)
    if (part.text.length >= 3 && !part.isPlace) components.push(part.text)
  }
  return [address.trim(), ...components, ...addressStreets(address)]
}

/** Street names without their house numbers: 'Kingsway' from '12 Kingsway', 'Elm Road' from 'Flat 2, 14 Elm Road'. */
export function addressStreets(address: string): string[] {
  return addressParts(address).flatMap((part) => {
    const street = part.text.replace(/^(?:(?:flat|apartment|unit)\s+\d+[a-z]?\s+)?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?\s+/iu, '')
    return street !== part.text && street.length >= 3 && !/\d/u.test(street) ? [street] : []
  })
}

/**
 * The locality of an address ('Stretford' in '12 Kingsway, Stretford,
 * Manchester M32 8QT'): every one-word place except a post town that comes
 * after another place. Removed only from the household's own case, where it
 * says where they live.
 */
export function addressLocalities(address: string): string[] {
  const places = addressParts(address).filter((part) => part.isPlace && part.text.length >= 3)
  return places.length > 1 ? places.slice(0, -1).map((part) => part.text) : places.map((part) => part.text)
}

function compileLocalityPattern(people: readonly KnownPerson[]): RegExp | null {
  const localities = people.flatMap((person) => (person.address ? addressLocalities(person.address) : []))
  if (localities.length === 0) return null
  return new RegExp(`${notWordBefore}(?:${alternation(localities.map(componentSource))})${notWordAfter}`, 'giu')
}

const postcodeShape = /^(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}$/iu

function isPostcode(component: string): boolean {
  return postcodeShape.test(component)
}

/** 'M32 0AB' also as 'm320ab' or 'M32  0AB'. */
function postcodeSource(postcode: string): string {
  return [...postcode.replace(/\s+/gu, '')].map(escapeRegExp).join(String.raw`\s*`)
}

function componentSource(component: string): string {
  return component
    .split(/[\s,]+/u)
    .filter(Boolean)
    .map(accentTolerantPattern)
    .join(String.raw`[\s,]+`)
}
