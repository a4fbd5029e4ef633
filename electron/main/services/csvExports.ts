import { caseKindLabels, caseStatusLabels } from '../../../shared/domain/cases'
import { actionStatusLabels } from '../../../shared/domain/meetings/actions'
import { consentStatusLabels, hasConsentToShare } from '../../../shared/domain/record/consent'
import { initials, noConsentCaseLabel } from '../../../shared/domain/redaction'
import { decisionCategoryLabels, meetingReasonLabels } from '../../../shared/domain/record/triage'
import { riskLabels } from '../../../shared/domain/risk'
import { toCsv } from '../export/csv'
import * as actions from './actions'
import * as cases from './cases'
import type { ServiceContext } from './context'
import { actionCaseRef, casePeople } from './exportData'
import { noConsentNaming, subjectInitials } from './noConsentNaming'
import * as triage from './triage'

/**
 * The three tables as CSV: UTF-8 with a BOM, formula-injection safe (see
 * export/csv.ts). A case without consent to share is named by reference
 * and initials and marked, and its household's names are taken out of
 * action text, as in the full minutes.
 */
export function tableCsv(ctx: ServiceContext, table: 'cases' | 'triage' | 'actions'): string {
  const naming = noConsentNaming(ctx.db, (caseId) => casePeople(ctx.db, caseId))
  if (table === 'cases') {
    return toCsv(
      [
        { header: 'Reference', value: (c) => c.reference },
        { header: 'Case', value: (c) => (hasConsentToShare(c.subjectConsent) ? c.title : noConsentCaseLabel('', subjectInitials({ reference: '', displayName: initials(c.subjectName ?? c.title) }, naming.reserved)).trim()) },
        { header: 'Type', value: (c) => caseKindLabels[c.kind] },
        { header: 'Status', value: (c) => caseStatusLabels[c.status] },
        { header: 'Risk', value: (c) => riskLabels[c.riskLevel] },
        { header: 'Consent to share', value: (c) => (c.subjectConsent ? consentStatusLabels[c.subjectConsent] : 'Not recorded') },
        { header: 'Triage decision', value: (c) => (c.triageCategory ? decisionCategoryLabels[c.triageCategory] : '') },
        { header: 'Keyworker', value: (c) => c.keyworkerName ?? '' },
        { header: 'Lead agency', value: (c) => c.leadAgencyName },
        { header: 'Neighbourhood', value: (c) => c.neighbourhood },
        { header: 'Agencies involved', value: (c) => c.agencyCount },
        { header: 'Referrals', value: (c) => c.referralCount },
        { header: 'Next review', value: (c) => c.nextReviewDate ?? '' },
      ],
      cases.list(ctx),
    )
  }
  if (table === 'triage') {
    return toCsv(
      [
        { header: 'Received', value: (t) => t.receivedAt },
        { header: 'Case', value: (t) => t.caseReference },
        { header: 'Source', value: (t) => t.sourceLabel },
        { header: 'Source reference', value: (t) => t.sourceReference },
        { header: 'Risk', value: (t) => riskLabels[t.riskLevel] },
        { header: 'Decision', value: (t) => decisionCategoryLabels[t.decisionCategory] },
        { header: 'Reasons for meeting', value: (t) => t.meetingReasons.map((reason) => meetingReasonLabels[reason]).join('; ') },
        { header: 'Repeat', value: (t) => (t.isRepeat ? 'Yes' : 'No') },
        { header: 'Bring to next meeting', value: (t) => (t.bringToNextMeeting ? 'Yes' : 'No') },
        { header: 'Decided by', value: (t) => t.decidedByName },
        { header: 'Re-assessed later', value: (t) => (t.supersededById ? 'Yes' : 'No') },
      ],
      triage.list(ctx),
    )
  }
  return toCsv(
    [
      { header: 'Case', value: (a) => naming.label(actionCaseRef(a)) },
      { header: 'Action', value: (a) => naming.text(actionCaseRef(a), a.description, [a.ownerName, a.ownerAgencyName]) },
      { header: 'Owner', value: (a) => a.ownerName },
      { header: 'Agency', value: (a) => a.ownerAgencyName },
      { header: 'Due', value: (a) => a.dueDate },
      { header: 'Status', value: (a) => actionStatusLabels[a.status] },
      { header: 'Overdue', value: (a) => (a.overdue ? 'Yes' : 'No') },
      { header: 'Raised at meeting on', value: (a) => a.raisedOn ?? '' },
    ],
    actions.list(ctx),
  )
}
