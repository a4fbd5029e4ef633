/**
 * Issue 10: the awkward real-world names and addresses of
 * tests/helpers/households.ts, scrubbed without a leak and without
 * replacing an ordinary word.
 */
import { describe, expect, it } from 'vitest'
import { createScrubbers, redactMinutes, scrubText, type KnownPerson } from '../../shared/domain/redaction'
import { householdLeaks, householdsMinutes, mustSurvive } from '../helpers/households'

const siobhan: KnownPerson = {
  firstName: 'Siobhan',
  lastName: "O'Neill-Kerr",
  replacement: 'Adult A',
  address: '12 Kingsway, Stretford, Manchester M32 8QT',
  scope: 'oneill',
}
const mark: KnownPerson = { firstName: 'Mark', lastName: 'Jones', replacement: 'Adult B', scope: 'oneill' }
const gareth: KnownPerson = { firstName: 'Gareth', lastName: 'Price', replacement: 'Adult C', scope: 'price' }
const will: KnownPerson = { firstName: 'Will', lastName: 'Hope', replacement: 'Adult D', scope: 'price' }

describe('scrubbing names in every spelling', () => {
  const { scoped } = createScrubbers([siobhan, mark, gareth])
  const scrub = scoped('oneill').text

  it.each([
    ["Siobhan O'Neill-Kerr called", 'Adult A called'],
    ['Siobhan O’Neill-Kerr called', 'Adult A called'],
    ['Ms ONeill called', 'Ms Adult A called'],
    ['Ms O Neill called', 'Ms Adult A called'],
    ['Ms O’Neill called', 'Ms Adult A called'],
    ['oneill-kerr called', 'Adult A called'],
    ['O Neill Kerr called', 'Adult A called'],
    ['the Kerr side of the family', 'the Adult A side of the family'],
    ["O'Neill's flat", "Adult A's flat"],
    ['the Joneses visit', 'the [name] visit'],
    ["the Joneses' car", "the [name]'s car"],
    ['JONES rang', 'Adult B rang'],
  ])('%j → %j', (text, expected) => {
    expect(scrub(text)).toBe(expected)
  })
})

describe('scrubbing addresses part by part', () => {
  const { text, scoped } = createScrubbers([siobhan])
  const own = scoped('oneill').text

  it.each([
    ['the flat on Kingsway', 'the flat on [address removed]'],
    ["Adult B's return to Kingsway", "Adult B's return to [address removed]"],
    ['neighbours on KINGSWAY', 'neighbours on [address removed]'],
    ['the flat at 21 Kingsway was offered', 'the flat at [address removed] was offered'],
    ['Flat 2, 40 Kingsway', '[address removed]'],
    ['12 Kingsway, Manchester', '[address removed], Manchester'],
  ])('removes %j in any text', (input, expected) => {
    expect(text(input)).toBe(expected)
  })

  it('removes the locality from the household’s own case only, and keeps the post town', () => {
    expect(own('She grew up in Stretford near Manchester')).toBe('She grew up in [address removed] near Manchester')
    expect(own('Back at 12 Kingsway, Stretford')).toBe('Back at [address removed]')
    expect(text('Meeting at Stretford Hub')).toBe('Meeting at Stretford Hub')
  })
})

describe('ordinary words that are also names', () => {
  const { text, scoped } = createScrubbers([gareth, will, mark])

  it('keeps the word where it is not written as a name, in another case and in document-wide text', () => {
    const otherCase = scoped('hughes').text
    expect(otherCase('The price of the repairs is not yet known.')).toBe('The price of the repairs is not yet known.')
    expect(otherCase('Price rises hit the family. Rent is up.')).toBe('Price rises hit the family. Rent is up.')
    expect(text('We will hope for the best; the report was marked urgent.')).toBe(
      'We will hope for the best; the report was marked urgent.',
    )
    expect(text('Will the family engage?')).toBe('Will the family engage?')
  })

  it('replaces it where it is written as a name', () => {
    expect(text('The flat was cleared; Mr Price moved.')).toBe('The flat was cleared; Mr Adult C moved.')
    expect(text('Mr. Price moved.')).toBe('Mr. Adult C moved.')
    expect(text('Price moved out. Later Price came back.')).toBe('Adult C moved out. Later Adult C came back.')
    expect(text("Price's tenancy ended")).toBe("Adult C's tenancy ended")
    expect(text('Gareth Price was out')).toBe('Adult C was out')
    expect(text('Will Hope was out')).toBe('Adult D was out')
  })

  it('in the person’s own case, a capital at the start of a sentence is enough', () => {
    expect(scoped('price').text('Will attended. The price was agreed.')).toBe('Adult D attended. The price was agreed.')
    expect(scoped('oneill').text('Mark attended; the form was marked.')).toBe('Adult B attended; the form was marked.')
  })

  it('keeps an ordinary name rule for names that are not words', () => {
    expect(scrubText('gareth rang', [gareth])).toBe('Adult C rang')
  })
})

describe('redacted minutes of three households', () => {
  const { data } = redactMinutes(householdsMinutes(), { recipientAgency: 'Trafford Housing Trust', receives: [] })
  const json = JSON.stringify(data)

  it.each(householdLeaks)('leaks no %j', (leak) => {
    expect(json.toLowerCase()).not.toContain(leak.toLowerCase())
  })

  it.each(mustSurvive)('keeps %j', (word) => {
    expect(json).toContain(word)
  })

  it('prefers the case’s own household when a name is shared, and scrubs the amendment', () => {
    const oneill = data.agendaItems[0]
    expect(oneill?.discussion[0]?.text).toContain('Child A’s school marked her attendance'.replace('’', "'"))
    expect(data.amendments[0]?.text).toBe(
      'The flat at [address removed] was withdrawn; Mr Adult C moved. The price of the repairs was agreed.',
    )
  })
})
