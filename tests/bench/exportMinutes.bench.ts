/**
 * Issue 5: minutes for a 40-case, 200-action meeting must build and pack in
 * under one second. A benchmark, not a timed test, so a slow CI machine
 * reports a number instead of failing at random.
 */
import { Packer } from 'docx'
import { bench, describe } from 'vitest'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { buildRedactedMinutesDoc } from '../../electron/main/export/minutesRedacted'
import { makeLargeMinutesData, makeLogoPng, makeStyle } from '../helpers/exportFixtures'

const data = makeLargeMinutesData(40, 5)
const style = makeStyle({ logoPng: makeLogoPng() })

describe('minutes export: 40 cases, 200 actions', () => {
  bench('full minutes: build and pack', async () => {
    await Packer.toBuffer(buildMinutesDoc(data, style))
  })

  bench('redacted minutes: redact, build and pack', async () => {
    const { document } = buildRedactedMinutesDoc(
      data,
      { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] },
      style,
    )
    await Packer.toBuffer(document)
  })
})
