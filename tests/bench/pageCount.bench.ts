/**
 * Issue 10: the footer's cached page count is worked out on every export, so
 * the estimator (pageLayout.ts) must take a few milliseconds for the 40-case,
 * 200-action minutes (docx's own estimatePageNumbers took 20-30 s). The
 * layout descriptions are made while the document is built; this times the
 * count from them, line breaking included.
 */
import { bench, describe } from 'vitest'
import { buildActionTrackerDoc } from '../../electron/main/export/actionTracker'
import { pageEstimateOf } from '../../electron/main/export/houseStyle'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { estimatePageCount } from '../../electron/main/export/pageLayout'
import { makeStyle, makeTrackerAction, makeTrackerData } from '../helpers/documentBuilders'
import { makeLargeMinutesData } from '../helpers/largeMeeting'
import { makeLogoPng } from '../helpers/logoPng'

const style = makeStyle({ logoPng: makeLogoPng() })
const minutes = pageEstimateOf(buildMinutesDoc(makeLargeMinutesData(40, 5), style))
const tracker = pageEstimateOf(
  buildActionTrackerDoc(
    makeTrackerData({ actions: Array.from({ length: 500 }, (_, n) => makeTrackerAction({ id: `t-${n}`, owner: `Owner ${n % 12}` })) }),
    style,
  ),
)
if (!minutes || !tracker) throw new Error('The documents were not built by buildDocument')

describe('page count (target: a few ms)', () => {
  bench('40-case minutes, 200 actions', () => {
    estimatePageCount(minutes.blocks, minutes.area)
  })
  bench('action tracker, 500 actions', () => {
    estimatePageCount(tracker.blocks, tracker.area)
  })
})
