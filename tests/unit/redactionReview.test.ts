import { describe, expect, it } from 'vitest'
import { possibleIdentifiers, vocabularyOf, type Lexicon } from '../../shared/domain/redaction/review'

const dictionary = new Set([
  'the',
  'price',
  'of',
  'repairs',
  'annual',
  'review',
  'planned',
  'marked',
  'hub',
  'return',
  'to',
  'school',
  'went',
  'well',
  'mark',
  'said',
  'on',
  'a',
  'visit',
  'at',
  'flat',
  'trust',
  'code',
  'ref',
  'district',
])
const lexicon: Lexicon = {
  isWord: (word) => dictionary.has(word),
  vocabulary: vocabularyOf(['Trafford Housing Trust', 'THT', 'Priya Shah', 'Urmston', 'Weekly case meeting']),
}
const flagged = (text: string, names: string[] = []) =>
  possibleIdentifiers(text, lexicon, vocabularyOf(['Adult A', 'AJ']), new Set(names)).map((hit) => `${hit.text}:${hit.reason}`)
/** recordedNames are keys: lower case, accents folded (buildReview makes them so). */

describe('possible identifiers left in a redacted copy', () => {
  it('flags a capitalised word that is no ordinary word and no word of the organisation', () => {
    expect(flagged('Adult A went to Oakfield Primary with Priya Shah of THT in Urmston on Tuesday.')).toEqual([
      'Oakfield:unknown_word',
      'Primary:unknown_word',
    ])
    expect(flagged("Oakfield's head said the O'Neill-Kerr visit went well")).toEqual([
      "Oakfield's:unknown_word",
      "O'Neill-Kerr:unknown_word",
    ])
  })

  it('never flags a lower-case word, an ordinary word at the start of a sentence, a pseudonym or a place-holder', () => {
    expect(flagged('The price of the repairs. Annual review planned; marked. AJ said [address removed] and [name].')).toEqual([])
    expect(flagged('ann went to school')).toEqual([])
  })

  it('flags a recorded household name left in the text even when it is also an ordinary word', () => {
    expect(flagged('Mark said the repairs went well', ['mark', 'jones'])).toEqual(['Mark:recorded_name'])
    expect(flagged('Jones visit', ['jones'])).toEqual(['Jones:recorded_name'])
  })

  it('flags codes and long numbers, not years, dates, times, amounts, ordinals or case references', () => {
    expect(
      flagged('Code QX7731, ref 118842, district M32; 2026, 12/03/2026, 10.30, £12000, 15%, 3rd, 10am, RT-2026-0042, flat 12'),
    ).toEqual(['QX7731:number', '118842:number', 'M32:number'])
  })
})
