import type { CaseKind, CaseStatus, CaseSummary } from '../../../../shared/domain/cases'
import type { RiskLevel } from '../../../../shared/domain/risk'
import { stmt, type Db } from '../connection'

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

interface CaseSummaryRow extends CaseRow {
  keyworker_name: string | null
  lead_agency_name: string
}

const rowToCaseSummary = (row: CaseSummaryRow): CaseSummary => ({
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
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const selectSummary = `
  SELECT c.*, u.name AS keyworker_name, a.name AS lead_agency_name
  FROM cases c
  JOIN agencies a ON a.id = c.lead_agency_id
  LEFT JOIN users u ON u.id = c.keyworker_id`

export function listCaseSummaries(db: Db): CaseSummary[] {
  return stmt<CaseSummaryRow>(db, `${selectSummary} ORDER BY c.created_at DESC, c.reference DESC`).all().map(rowToCaseSummary)
}

export function getCaseSummary(db: Db, id: string): CaseSummary | undefined {
  const row = stmt<CaseSummaryRow>(db, `${selectSummary} WHERE c.id = ?`).get(id)
  return row && rowToCaseSummary(row)
}

export function insertCase(db: Db, row: CaseRow): void {
  stmt(
    db,
    `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level,
                        next_review_date, created_at, updated_at)
     VALUES (@id, @reference, @kind, @title, @status, @keyworker_id, @lead_agency_id, @risk_level,
             @next_review_date, @created_at, @updated_at)`,
  ).run(row)
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
