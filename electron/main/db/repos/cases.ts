import type { CaseKind, CaseStatus, CaseSummary } from '../../../../shared/domain/cases'
import type { ConsentStatus } from '../../../../shared/domain/record/consent'
import type { ClosureReason } from '../../../../shared/domain/record/lifecycle'
import type { DecisionCategory } from '../../../../shared/domain/record/triage'
import type { RiskLevel } from '../../../../shared/domain/risk'
import { stmt, type Db } from '../connection'
import { currentConsentSql } from './consent'

export interface CaseRow {
  id: string
  reference: string
  kind: CaseKind
  title: string
  status: CaseStatus
  keyworker_id: string | null
  lead_agency_id: string
  risk_level: RiskLevel
  next_review_date: string | null
  created_at: string
  updated_at: string
}

/** Columns added by migration 0030 (the case record). */
export interface CaseRecordRow extends CaseRow {
  neighbourhood: string
  triage_category: DecisionCategory | null
  summary: string
  aspirations: string
  strengths: string
  closure_reason: ClosureReason | null
  closure_note: string
  closed_at: string | null
  reopen_count: number
  non_engagement: 0 | 1
  non_engagement_since: string | null
  bring_to_next_meeting: 0 | 1
}

export interface CaseSummaryRow extends CaseRecordRow {
  keyworker_name: string | null
  lead_agency_name: string
  subject_consent: ConsentStatus | null
  subject_first_name: string | null
  subject_last_name: string | null
  referral_count: number
  /** Names of the agencies involved now, joined by a unit separator. */
  agency_names: string | null
  search_text: string | null
}

const SEP = '\u001f'
const agencyNames = (row: CaseSummaryRow): string[] =>
  (row.agency_names ? row.agency_names.split(SEP) : []).sort((a, b) => a.localeCompare(b))

export const rowToCaseSummary = (row: CaseSummaryRow): CaseSummary => ({
  id: row.id,
  reference: row.reference,
  kind: row.kind,
  title: row.title,
  status: row.status,
  keyworkerId: row.keyworker_id,
  keyworkerName: row.keyworker_name,
  leadAgencyId: row.lead_agency_id,
  leadAgencyName: row.lead_agency_name,
  riskLevel: row.risk_level,
  nextReviewDate: row.next_review_date,
  neighbourhood: row.neighbourhood,
  triageCategory: row.triage_category,
  subjectConsent: row.subject_consent,
  subjectName: row.subject_first_name === null ? null : [row.subject_first_name, row.subject_last_name].filter(Boolean).join(' '),
  agencyNames: agencyNames(row),
  searchText: [
    row.reference,
    row.title,
    row.keyworker_name ?? '',
    row.lead_agency_name,
    row.neighbourhood,
    row.agency_names ?? '',
    row.search_text ?? '',
  ]
    .join(' ')
    .toLowerCase(),
  agencyCount: agencyNames(row).length,
  referralCount: row.referral_count,
  nonEngagement: row.non_engagement === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const selectSummary = `
  SELECT c.*, u.name AS keyworker_name, a.name AS lead_agency_name,
         s.first_name AS subject_first_name, s.last_name AS subject_last_name,
         ${currentConsentSql('s.id')} AS subject_consent,
         (SELECT count(*) FROM triage_entries t WHERE t.case_id = c.id AND t.supersedes_id IS NULL) AS referral_count,
         -- Agencies involved, one rule for the list and its count: the lead agency, those involved now, and those that
         -- shared information about the case at a meeting (UNION removes repeats).
         (SELECT group_concat(name, char(31)) FROM (
            SELECT ag.name FROM agencies ag WHERE ag.id = c.lead_agency_id
            UNION SELECT ag.name FROM case_agencies ca JOIN agencies ag ON ag.id = ca.agency_id WHERE ca.case_id = c.id AND ca.ended_on IS NULL
            UNION SELECT ag.name FROM agenda_items ai, json_each(ai.agencies_shared) shared JOIN agencies ag ON ag.id = shared.value
                  WHERE ai.case_id = c.id)) AS agency_names,
         coalesce((SELECT group_concat(p.first_name || ' ' || p.last_name || ' ' || p.preferred_name || ' ' || coalesce(p.nhs_number, '') || ' ' || p.police_reference, ' ')
           FROM people p WHERE p.case_id = c.id), '')
           || ' ' || coalesce((SELECT group_concat(t.source_reference, ' ') FROM triage_entries t WHERE t.case_id = c.id AND t.source_reference <> ''), '')
           AS search_text
  FROM cases c
  JOIN agencies a ON a.id = c.lead_agency_id
  LEFT JOIN users u ON u.id = c.keyworker_id
  LEFT JOIN people s ON s.case_id = c.id AND s.role = 'subject'`

export function listCaseSummaries(db: Db): CaseSummary[] {
  return stmt<CaseSummaryRow>(db, `${selectSummary} ORDER BY c.created_at DESC, c.reference DESC`).all().map(rowToCaseSummary)
}

export function getCaseSummary(db: Db, id: string): CaseSummary | undefined {
  const row = stmt<CaseSummaryRow>(db, `${selectSummary} WHERE c.id = ?`).get(id)
  return row && rowToCaseSummary(row)
}

export function getCaseRow(db: Db, id: string): CaseSummaryRow | undefined {
  return stmt<CaseSummaryRow>(db, `${selectSummary} WHERE c.id = ?`).get(id)
}

/** A case as it is opened (services/openCase); a case opened from a contact starts with that contact's summary as its own. */
export interface CaseInsert {
  id: string
  reference: string
  kind: CaseKind
  title: string
  status: CaseStatus
  keyworkerId: string | null
  leadAgencyId: string
  riskLevel: RiskLevel
  nextReviewDate: string | null
  summary?: string
  at: string
}

export function insertCase(db: Db, row: CaseInsert): void {
  stmt(
    db,
    `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level,
                        next_review_date, summary, created_at, updated_at)
     VALUES (@id, @reference, @kind, @title, @status, @keyworkerId, @leadAgencyId, @riskLevel,
             @nextReviewDate, @summary, @at, @at)`,
  ).run({ ...row, summary: row.summary ?? '' })
}

/**
 * Takes the next number for the year. Must run inside the same (immediate)
 * transaction as the insert that uses it: a rolled-back case then gives its
 * number back, so references have no gaps, and the write lock means two
 * writers can never draw the same number.
 */
export function nextCaseNumber(db: Db, year: number): number {
  const row = stmt<{ last_number: number }>(
    db,
    `INSERT INTO case_reference_counters (year, last_number) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1
     RETURNING last_number`,
  ).get(year)
  if (!row) throw new Error('Case reference counter returned no row')
  return row.last_number
}

export function updateCaseRecord(
  db: Db,
  row: Pick<
    CaseRecordRow,
    | 'id'
    | 'title'
    | 'keyworker_id'
    | 'lead_agency_id'
    | 'risk_level'
    | 'next_review_date'
    | 'neighbourhood'
    | 'summary'
    | 'aspirations'
    | 'strengths'
    | 'updated_at'
  >,
): void {
  stmt(
    db,
    `UPDATE cases SET title = @title, keyworker_id = @keyworker_id, lead_agency_id = @lead_agency_id, risk_level = @risk_level,
       next_review_date = @next_review_date, neighbourhood = @neighbourhood, summary = @summary, aspirations = @aspirations,
       strengths = @strengths, updated_at = @updated_at
     WHERE id = @id`,
  ).run(row)
}

export function updateCaseStatus(
  db: Db,
  row: Pick<CaseRecordRow, 'id' | 'status' | 'closure_reason' | 'closure_note' | 'closed_at' | 'reopen_count' | 'updated_at'>,
): void {
  stmt(
    db,
    `UPDATE cases SET status = @status, closure_reason = @closure_reason, closure_note = @closure_note, closed_at = @closed_at,
       reopen_count = @reopen_count, updated_at = @updated_at WHERE id = @id`,
  ).run(row)
}

export function updateCaseFromTriage(
  db: Db,
  row: Pick<CaseRecordRow, 'id' | 'risk_level' | 'triage_category' | 'updated_at'> & { bring: boolean },
): void {
  stmt(
    db,
    `UPDATE cases SET risk_level = @risk_level, triage_category = @triage_category,
       bring_to_next_meeting = CASE WHEN @bring THEN 1 ELSE bring_to_next_meeting END, updated_at = @updated_at
     WHERE id = @id`,
  ).run({ ...row, bring: row.bring ? 1 : 0 })
}

export function setNonEngagement(db: Db, id: string, flagged: boolean, since: string | null, at: string): void {
  stmt(db, 'UPDATE cases SET non_engagement = ?, non_engagement_since = ?, updated_at = ? WHERE id = ?').run(
    flagged ? 1 : 0,
    flagged ? since : null,
    at,
    id,
  )
}

/** The risk agreed at a meeting. */
export function setCaseRisk(db: Db, id: string, riskLevel: string, at: string): void {
  stmt(db, 'UPDATE cases SET risk_level = ?, updated_at = ? WHERE id = ?').run(riskLevel, at, id)
}

/** The next review date agreed at a meeting. */
export function setNextReviewDate(db: Db, id: string, date: string, at: string): void {
  stmt(db, 'UPDATE cases SET next_review_date = ?, updated_at = ? WHERE id = ?').run(date, at, id)
}

/** A case brought to a meeting and discussed there is no longer waiting to be brought. */
export function clearBringToNextMeeting(db: Db, id: string): void {
  stmt(db, 'UPDATE cases SET bring_to_next_meeting = 0 WHERE id = ? AND bring_to_next_meeting = 1').run(id)
}
