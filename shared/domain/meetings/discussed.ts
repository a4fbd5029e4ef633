/**
 * A case counts as discussed as soon as anything is recorded for it, so the
 * chair never has to remember a checkbox (the box remains for a case talked
 * about with nothing to record).
 */
export interface RecordedForItem {
  discussion: string
  decisions: string
  riskAfter: string | null
  direction: string | null
  directionReason: string
  nextReviewDate: string | null
  agenciesShared: readonly string[]
  shareWithoutConsentRationale: string
  /** Actions raised or updated for the case at this meeting. */
  actionsRecorded: number
}

export function somethingRecorded(item: RecordedForItem): boolean {
  return (
    item.discussion.trim() !== '' ||
    item.decisions.trim() !== '' ||
    item.riskAfter !== null ||
    item.direction !== null ||
    item.directionReason.trim() !== '' ||
    item.nextReviewDate !== null ||
    item.agenciesShared.length > 0 ||
    item.shareWithoutConsentRationale.trim() !== '' ||
    item.actionsRecorded > 0
  )
}
