/**
 * Issue 5: minutes for a 40-case, 200-action meeting must build and pack in
 * under one second. A benchmark, not a timed test, so a slow CI machine
 * reports a number instead of failing at random.
 */
import { Packer } from 'docx'
import { bench, describe } from 'vitest'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { buildRedactedMinutesDoc } from '../../electron/main/export/minutesRedacted'
import { isDictionaryWord } from '../../electron/main/services/dictionary'
import { buildReview, redactMinutes, ReviewRecorder, vocabularyOf, type RedactionProfile } from '../../shared/domain/redaction'
import { makeLargeMinutesData } from '../helpers/largeMeeting'
import { makeLogoPng } from '../helpers/logoPng'
import { makeStyle } from '../helpers/documentBuilders'

const data = makeLargeMinutesData(40, 5)
const style = makeStyle({ logoPng: makeLogoPng() })

describe('minutes export: 40 cases, 200 actions', () => {
  bench('full minutes: build and pack', async () => {
    await Packer.toBuffer(buildMinutesDoc(data, style))
  })

  bench('redacted minutes: redact, build and pack', async () => {
    const { document } = buildRedactedMinutesDoc(data, { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] }, style)
    await Packer.toBuffer(document)
  })
})

/**
 * Issue 10: the sender's review of the redacted 40-case minutes (scrub with
 * every change recorded, then the possible identifiers against the
 * dictionary) must be ready in under 250 ms. The dictionary is loaded once
 * per process, before the first review, as in main.
 */
describe('redaction review: 40 cases, 200 actions (target < 250 ms)', () => {
  const profile: RedactionProfile = { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] }
  const lexicon = {
    isWord: isDictionaryWord,
    vocabulary: vocabularyOf(['Trafford Housing Trust', 'Trafford Council', 'Greater Manchester Police', 'Weekly case meeting']),
  }
  isDictionaryWord('warm')

  bench('redact and review', () => {
    const recorder = new ReviewRecorder()
    const redacted = redactMinutes(data, profile, { observer: recorder })
    buildReview({
      items: data.agendaItems,
      profile,
      recorder,
      lexicon,
      replacements: [...redacted.pseudonyms.values()].flatMap((alias) => [alias.pseudonym, alias.initials]),
      recordedNames: data.agendaItems.flatMap((item) =>
        item.people.flatMap((person) => [person.firstName, person.lastName, ...person.otherNames]),
      ),
    })
  })
})
