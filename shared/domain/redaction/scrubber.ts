/**
 * Scrubbing free text: every known name becomes the person's replacement,
 * and dates of birth, addresses, identifiers, e-mail addresses and phone
 * numbers are removed, however they were typed.
 *
 * Built once per document (createScrubber) into a handful of combined
 * regular expressions, because a 40-case meeting has hundreds of people and
 * thousands of texts: one pattern per person per text was the slow part.
 *
 * Where a rule has to choose, it over-redacts: a common word that is also a
 * household name ('Will', 'Rose') is replaced too, because a leaked name
 * cannot be recalled and a replaced word only reads oddly.
 */
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
  /** Any free text: discussion, decisions, roles, action descriptions. */
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
}

export function createScrubbers(knownPeople: readonly KnownPerson[]): Scrubbers {
  const values = compileValuePattern(knownPeople)
  const names = nameTable(knownPeople)
  const namePattern = names.size === 0 ? null : compileNamePattern([...names.keys()])
  const scrubValues: Scrubber = (input) => {
    if (input === '') return input
    const result = values ? input.replace(values, replaceValue) : input
    return result
      .replace(emailLike, emailReplacement)
      .replace(phoneLike, replacePhone)
      .replace(nhsNumberLike, identifierReplacement)
      .replace(postcodeLike, postcodeReplacement)
      .replace(repeatedAddress, addressReplacement)
  }
  const text: Scrubber = (input) => {
    const result = scrubValues(input)
    return namePattern ? result.replace(namePattern, (...match: unknown[]) => replaceName(names, match)) : result
  }
  const personName: Scrubber = (input) => {
    const title = titlePrefix.exec(input)?.[0] ?? ''
    const replacements = names.get(normaliseName(input.slice(title.length)))
    const single = replacements?.size === 1 ? [...replacements][0] : undefined
    if (single !== undefined) return single
    // A name shared within the household ('Mrs Whitlock'): the title still tells the reader something true.
    if (replacements) return `${title.trim() === '' ? '' : `${title.trim()} `}${ambiguousNameReplacement}`
    // Anyone else is a professional, accountable for what they said: the
    // household's names never rewrite part of theirs ('Karen Hughes' is not
    // 'Karen Adult L', which would also say that Adult L is a Hughes).
    return scrubValues(input)
  }
  return { text, personName }
}

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

function replacePhone(match: string): string {
  const digits = match.replace(/\D/gu, '')
  const national = digits.startsWith('44') ? digits.slice(2).replace(/^0/u, '') : digits.replace(/^0/u, '')
  return national.length === 9 || national.length === 10 ? phoneReplacement : match
}

// ---------------------------------------------------------------------------
// Names

/** Lower case, accents folded, one space, straight apostrophes: how two spellings of a name are compared. */
export function normaliseName(name: string): string {
  return foldAccents(name.trim().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').toLowerCase())
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

function compileNamePattern(keys: readonly string[]): RegExp {
  const alternatives = alternation(keys.map(accentTolerantPattern))
  const possessive = String.raw`(?:(?<apostropheS>['’]s)|(?<pluralPossessive>s['’])|(?<bare>['’])(?!\p{L})|(?<plural>s))?`
  return new RegExp(`${notWordBefore}(?<name>${alternatives})${possessive}${notWordAfter}`, 'giu')
}

interface NameGroups {
  name?: string
  apostropheS?: string
  pluralPossessive?: string
  bare?: string
  plural?: string
}

function replaceName(names: Map<string, Set<string>>, match: unknown[]): string {
  const groups = match[match.length - 1] as NameGroups
  const replacements = names.get(normaliseName(groups.name ?? ''))
  const single = replacements?.size === 1 ? [...replacements][0] : undefined
  // A plural ('the Smiths') means the family, never one person.
  const isPlural = groups.pluralPossessive !== undefined || groups.plural !== undefined
  const base = single !== undefined && !isPlural ? single : ambiguousNameReplacement
  const isPossessive = groups.apostropheS !== undefined || groups.pluralPossessive !== undefined || groups.bare !== undefined
  return isPossessive ? `${base}'s` : base
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
  const postcodes = components.filter(isPostcode).map(postcodeSource)
  const addresses = components.filter((component) => !isPostcode(component)).map(componentSource)
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

/**
 * The whole address and each of its parts: 'Flat 6, Chester House, King
 * Street, Stretford M32 9QQ' gives 'Flat 6', 'Chester House', 'King Street',
 * the street without its number ('Elm Road' from '14 Elm Road') and the
 * postcode in any spacing. A single-word part after the first ('Stretford',
 * 'Manchester') is the town: it names an area, not a home, and removing it
 * would also strip the meeting's own venue ('Stretford Hub').
 */
export function addressComponents(address: string): string[] {
  const parts = address
    .split(/[,\n;]/u)
    .map((part) => part.trim().replace(/\s+/gu, ' '))
    .filter(Boolean)
  const components: string[] = []
  parts.forEach((part, index) => {
    const postcode = /\b((?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2})$/iu.exec(part)
    const rest = postcode ? part.slice(0, postcode.index).trim() : part
    if (postcode?.[1]) components.push(postcode[1])
    if (rest.length < 3) return
    const isTown = index > 0 && !/\d/u.test(rest) && rest.split(' ').length === 1
    if (!isTown) components.push(rest)
    const street = rest.replace(/^(?:(?:flat|apartment|unit)\s+)?\d+[a-z]?\s+/iu, '')
    if (street !== rest && street.split(' ').length >= 2 && !/\d/u.test(street)) components.push(street)
  })
  return [address.trim(), ...components]
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
