import type { CaseStatus } from '../../../shared/domain/cases'
import type { ConsentStatus } from '../../../shared/domain/record/consent'
import type { RiskLevel } from '../../../shared/domain/risk'
import type { DecisionCategory, MeetingReason } from '../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../shared/domain/record/views'
import type { TriageJoinedRow } from '../db/repos/triage'

export const triageView = (row: TriageJoinedRow): TriageEntryView => ({
  id: row.id,
  caseId: row.case_id,
  caseReference: row.case_reference,
  caseTitle: row.case_title,
  caseStatus: row.case_status as CaseStatus,
  keyworkerName: row.keyworker_name,
  agencyNames: [...new Set([row.lead_agency_name, ...(row.agency_names ? row.agency_names.split('\u001f') : [])])].sort((a, b) =>
    a.localeCompare(b),
  ),
  neighbourhood: row.case_neighbourhood,
  subjectConsent: row.subject_consent as ConsentStatus | null,
  personName: row.person_first_name === null ? null : [row.person_first_name, row.person_last_name].filter(Boolean).join(' '),
  receivedAt: row.received_at,
  source: row.source,
  sourceLabel: row.source_label,
  sourceReference: row.source_reference,
  summary: row.summary,
  riskLevel: row.risk_level as RiskLevel,
  riskFactors: JSON.parse(row.risk_factors) as string[],
  decisionCategory: row.decision_category as DecisionCategory,
  meetingReasons: JSON.parse(row.meeting_reasons) as MeetingReason[],
  decisionNotes: row.decision_notes,
  decidedByName: row.decided_by_name,
  bringToNextMeeting: row.bring_to_next_meeting === 1,
  isRepeat: row.is_repeat === 1,
  supersedesId: row.supersedes_id,
  supersededById: row.superseded_by_id,
  createdAt: row.created_at,
})
