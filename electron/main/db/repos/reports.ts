import { londonDay, londonToInstant } from '../../../../shared/domain/londonTime'
import { addDays } from '../../../../shared/domain/record/dates'
import { stmt, type Db } from '../connection'

/** The filters every report query shares; '' and null mean "all". */
export interface ReportScope {
  from: string
  to: string
  neighbourhood: string
  agencyId: string | null
  /** A named cohort's members only; null for every case. */
  cohortId: string | null
}

// A case opened on its first move to open, or its creation if it never moved (it was created open): a UTC instant.
const openedAt = `COALESCE((SELECT MIN(ch.at) FROM case_changes ch WHERE ch.case_id = c.id AND ch.kind = 'status' AND ch.to_value = 'open'), c.created_at)`

/**
 * Report ranges are London days, and so is the day of every timestamp in a
 * report (the team works on UK time): a contact at 00:30 BST on 1 May counts
 * in May, though its UTC date is 30 April. The range becomes the UTC instants
 * of London midnight at its start and after its end, which also keeps the
 * comparisons on the stored column (and its index).
 */
function instants<T extends ReportScope>(scope: T): T & { fromAt: string; untilAt: string } {
  return { ...scope, fromAt: londonToInstant(scope.from, '00:00'), untilAt: londonToInstant(addDays(scope.to, 1), '00:00') }
}

// The cohort: cases opened in the date range, in the neighbourhood, with the agency
// leading or involved, and in the named cohort if one is chosen.
const scoped = `
  WITH scoped AS (
    SELECT c.id, c.reference, c.status, c.risk_level, c.triage_category, ${openedAt} AS opened_at
    FROM cases c
    WHERE (@neighbourhood = '' OR c.neighbourhood = @neighbourhood)
      AND (@agencyId IS NULL OR c.lead_agency_id = @agencyId
        OR EXISTS (SELECT 1 FROM case_agencies ca WHERE ca.case_id = c.id AND ca.agency_id = @agencyId))
      AND (@cohortId IS NULL OR EXISTS (SELECT 1 FROM cohort_cases cc WHERE cc.case_id = c.id AND cc.cohort_id = @cohortId))
  )`
const cohort = `${scoped}, cohort AS (SELECT * FROM scoped WHERE opened_at >= @fromAt AND opened_at < @untilAt)`

export interface CohortCaseRow {
  id: string
  reference: string
  status: string
  risk_level: string
  triage_category: string | null
  opened_on: string
}

/** The cohort's cases; `opened_on` is the London day each opened. */
export function cohortCases(db: Db, scope: ReportScope): CohortCaseRow[] {
  return stmt<Omit<CohortCaseRow, 'opened_on'> & { opened_at: string }>(
    db,
    `${cohort} SELECT id, reference, status, risk_level, triage_category, opened_at FROM cohort ORDER BY reference`,
  )
    .all(instants(scope))
    .map(({ opened_at, ...row }) => ({ ...row, opened_on: londonDay(opened_at) }))
}

export interface CohortDemandRow {
  case_id: string
  kind: string
  period_start: string
  period_end: string
  count: number
}

export function cohortDemand(db: Db, scope: ReportScope): CohortDemandRow[] {
  return stmt<CohortDemandRow>(
    db,
    `${cohort} SELECT d.case_id, d.kind, d.period_start, d.period_end, d.count
     FROM demand_events d JOIN cohort ON cohort.id = d.case_id ORDER BY d.case_id, d.period_start`,
  ).all(instants(scope))
}

export interface CohortDirectionRow {
  case_id: string
  date: string
  direction: string
  sequence: number
}

/** Directions recorded at meetings up to the end of the range; the position orders two on one day. */
export function cohortDirections(db: Db, scope: ReportScope): CohortDirectionRow[] {
  return stmt<CohortDirectionRow>(
    db,
    `${cohort} SELECT ai.case_id, m.date, ai.direction, ROW_NUMBER() OVER (ORDER BY m.date, m.time, ai.position) AS sequence
     FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id JOIN cohort ON cohort.id = ai.case_id
     WHERE ai.removed = 0 AND ai.direction IS NOT NULL AND m.date <= @to
     ORDER BY m.date, m.time, ai.position`,
  ).all(instants(scope))
}

export interface TriageDecisionRow {
  case_id: string
  /** The London day the contact was received. */
  decided_on: string
  decision_category: string
  is_repeat: 0 | 1
  /** JSON array of meeting reasons. */
  meeting_reasons: string
}

/**
 * Current triage decisions received in the range for cases in scope, whenever they
 * opened (a re-triage replaces the entry it supersedes), with the repeat flag and the
 * reasons for the meeting recorded at triage.
 */
export function triageDecisions(db: Db, scope: ReportScope): TriageDecisionRow[] {
  return stmt<Omit<TriageDecisionRow, 'decided_on'> & { received_at: string }>(
    db,
    `${scoped}
     SELECT t.case_id, t.received_at, t.decision_category, t.is_repeat, t.meeting_reasons
     FROM triage_entries t JOIN scoped ON scoped.id = t.case_id
     WHERE t.received_at >= @fromAt AND t.received_at < @untilAt
       AND NOT EXISTS (SELECT 1 FROM triage_entries later WHERE later.supersedes_id = t.id)
     ORDER BY t.received_at`,
  )
    .all(instants(scope))
    .map(({ received_at, ...row }) => ({ ...row, decided_on: londonDay(received_at) }))
}

export interface CohortActionRow {
  due_date: string
  status: string
  completed_on: string | null
  non_completion_reason: string | null
}

/** The cohort's actions due in the range, each with the reason at its latest update. */
export function cohortActions(db: Db, scope: ReportScope): CohortActionRow[] {
  return stmt<CohortActionRow>(
    db,
    `${cohort} SELECT a.due_date, a.status, a.completed_on,
       (SELECT u.non_completion_reason FROM action_updates u WHERE u.action_id = a.id ORDER BY u.created_at DESC, u.rowid DESC LIMIT 1) AS non_completion_reason
     FROM actions a JOIN cohort ON cohort.id = a.case_id
     WHERE a.due_date BETWEEN @from AND @to
     ORDER BY a.due_date`,
  ).all(instants(scope))
}

export interface CaseDemandRow {
  opened_on: string
  kind: string | null
  period_start: string | null
  period_end: string | null
  count: number | null
}

/** One case's opening date (as the cohort defines it) with its demand events, in one query. */
export function caseDemand(db: Db, caseId: string): CaseDemandRow[] {
  return stmt<CaseDemandRow>(
    db,
    `SELECT ${openedAt} AS opened_on, d.kind, d.period_start, d.period_end, d.count
     FROM cases c LEFT JOIN demand_events d ON d.case_id = c.id
     WHERE c.id = ? ORDER BY d.period_start`,
  )
    .all(caseId)
    .map((row) => ({ ...row, opened_on: londonDay(row.opened_on) }))
}
