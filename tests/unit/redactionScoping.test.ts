/**
 * Issue 10, strict name scoping: a person's name is replaced in their own
 * case's text and in document-wide text (amendments, attendance), never in
 * another case's text; an ordinary word is a name only where written as one.
 * What scoping leaves is the review's to flag.
 */
import { describe, expect, it } from 'vitest'
import {
  buildReview,
  createScrubbers,
  redactMinutes,
  ReviewRecorder,
  vocabularyOf,
  type KnownPerson,
  type Lexicon,
} from '../../shared/domain/redaction'
import { isDictionaryWord } from '../../electron/main/services/dictionary'
import { householdsMinutes, hughesItem, oneillItem } from '../helpers/households'

const siobhan: KnownPerson = { firstName: 'Siobhan', lastName: "O'Neill-Kerr", replacement: 'Adult A', scope: 'oneill' }
const mark: KnownPerson = { firstName: 'Mark', lastName: 'Jones', replacement: 'Adult B', scope: 'oneill' }
const gareth: KnownPerson = { firstName: 'Gareth', lastName: 'Price', replacement: 'Adult C', scope: 'price' }

describe('names scoped strictly to their case', () => {
  const { text, scoped } = createScrubbers([siobhan, mark, gareth])

  it('replaces a household’s names in its own case’s text', () => {
    expect(scoped('oneill').text("Siobhan O'Neill-Kerr and Mark met; the Joneses visit")).toBe('Adult A and Adult B met; the [name] visit')
    expect(scoped('price').text('Gareth rang; Mr Price is well')).toBe('Adult C rang; Mr Adult C is well')
  })

  it('leaves another case’s household names in this case’s text, in every field', () => {
    expect(scoped('price').text("Gareth's sister Siobhan O'Neill-Kerr called; Mark Jones too")).toBe(
      "Adult C's sister Siobhan O'Neill-Kerr called; Mark Jones too",
    )
    expect(scoped('oneill').text('Mr Price visited Siobhan')).toBe('Mr Price visited Adult A')
    expect(scoped('price').personName('Mark Jones')).toBe('Mark Jones')
    expect(scoped('oneill').personName('Mark Jones')).toBe('Adult B')
  })

  it('replaces in document-wide text the names of every case on the agenda, an ordinary word only where written as a name', () => {
    expect(text("Amendment: Siobhan O'Neill-Kerr and Gareth Price attended")).toBe('Amendment: Adult A and Adult C attended')
    expect(text('The price of the repairs was agreed; Mr Price moved; mark the form.')).toBe(
      'The price of the repairs was agreed; Mr Adult C moved; mark the form.',
    )
    expect(text('Price rises hit the family.')).toBe('Price rises hit the family.')
  })

  it('never replaces a name recorded on no case of this agenda', () => {
    expect(createScrubbers([gareth]).text('Siobhan called Gareth')).toBe('Siobhan called Adult C')
  })
})

describe('what scoping leaves, the review flags', () => {
  // The dictionary main loads, and the organisation's own words (its users and agencies).
  const lexicon: Lexicon = {
    isWord: isDictionaryWord,
    vocabulary: vocabularyOf([
      'Trafford Housing Trust',
      'Trafford Council',
      'Greater Manchester Police',
      'Karen Hughes',
      'Priya Shah',
      'Liam Brookes',
    ]),
  }

  it('flags a household name from another case left in this case’s text, and not in its own', () => {
    const data = householdsMinutes({
      agendaItems: [
        oneillItem({ discussion: [{ text: 'Siobhan called.' }] }),
        hughesItem({ discussion: [{ text: 'Paul Hughes called Siobhan O’Neill-Kerr about Mark.' }] }),
      ],
      amendments: [],
    })
    const recorder = new ReviewRecorder()
    const profile = { recipientAgency: 'Trafford Housing Trust', receives: [] }
    const redacted = redactMinutes(data, profile, { observer: recorder })
    const hughes = redacted.data.agendaItems[1]!
    expect(hughes.discussion[0]?.text).toBe('Adult C called Siobhan O’Neill-Kerr about Mark.')
    expect(redacted.data.agendaItems[0]?.discussion[0]?.text).toBe('Adult A called.')

    const review = buildReview({
      items: data.agendaItems,
      profile,
      recorder,
      lexicon,
      replacements: [...redacted.pseudonyms.values()].flatMap((alias) => [alias.pseudonym, alias.initials]),
      recordedNames: data.agendaItems.flatMap((item) => item.people.flatMap((person) => [person.firstName, person.lastName])),
    })
    const flagsIn = (reference: string) =>
      review.flags.filter((flag) => flag.caseReferences.includes(reference)).map((flag) => `${flag.text}:${flag.reason}`)
    // 'Mark' is an ordinary word, but capitalised and recorded on this agenda: flagged all the same.
    expect(flagsIn('RT-2026-0103')).toEqual(['Siobhan:recorded_name', 'O’Neill-Kerr:recorded_name', 'Mark:recorded_name'])
    expect(flagsIn('RT-2026-0101')).toEqual([])
  })
})
