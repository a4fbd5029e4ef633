import * as exportsService from '../../electron/main/services/exports'
import * as redactionReview from '../../electron/main/services/redactionReview'
import type { FileSaver } from '../../electron/main/export/fileSaver'
import type { ServiceContext } from '../../electron/main/services/context'
import { minutesExportInput, redactionReviewInput } from '../../shared/domain/exports'

/**
 * A redacted copy the way the sender makes one: reviewed first, every flag
 * accepted as safe, then saved. For tests about the copy's content; the
 * review itself is tested in tests/db/redactionReview.test.ts.
 */
export async function exportRedacted(
  ctx: ServiceContext,
  saveFile: FileSaver,
  input: { meetingId: string; recipientAgencyId: string; recipients: string },
) {
  const review = redactionReview.review(
    ctx,
    redactionReviewInput.parse({ meetingId: input.meetingId, recipientAgencyId: input.recipientAgencyId }),
  )
  return exportsService.minutes(
    ctx,
    saveFile,
    minutesExportInput.parse({ variant: 'redacted', ...input, reviewId: review.reviewId, accepted: review.flags.map((flag) => flag.key) }),
  )
}
