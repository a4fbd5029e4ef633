import type { TriageSourceView } from '../../../../shared/domain/record/triageSources'
import { stmt, type Db } from '../connection'

interface TriageSourceRow {
  key: string
  label: string
  active: 0 | 1
  used_by: number
}

const toView = (row: TriageSourceRow): TriageSourceView => ({
  key: row.key,
  label: row.label,
  active: row.active === 1,
  usedBy: row.used_by,
})

const select = `SELECT s.key, s.label, s.active, (SELECT count(*) FROM triage_entries t WHERE t.source = s.key) AS used_by FROM triage_sources s`

export function listTriageSources(db: Db, includeRetired: boolean): TriageSourceView[] {
  return stmt<TriageSourceRow>(db, `${select} ${includeRetired ? '' : 'WHERE s.active = 1'} ORDER BY s.sort_order, s.label COLLATE NOCASE`)
    .all()
    .map(toView)
}

export function getTriageSource(db: Db, key: string): TriageSourceView | undefined {
  const row = stmt<TriageSourceRow>(db, `${select} WHERE s.key = ?`).get(key)
  return row && toView(row)
}

export function findTriageSourceByLabel(db: Db, label: string): TriageSourceView | undefined {
  const row = stmt<TriageSourceRow>(db, `${select} WHERE lower(s.label) = lower(?)`).get(label)
  return row && toView(row)
}

export function triageSourceKeys(db: Db): Set<string> {
  return new Set(
    stmt<{ key: string }>(db, 'SELECT key FROM triage_sources')
      .all()
      .map((row) => row.key),
  )
}

export function insertTriageSource(db: Db, row: { key: string; label: string; at: string }): void {
  stmt(
    db,
    `INSERT INTO triage_sources (key, label, active, sort_order, created_at, updated_at)
            VALUES (?, ?, 1, (SELECT coalesce(max(sort_order), 0) + 10 FROM triage_sources WHERE sort_order < 1000), ?, ?)`,
  ).run(row.key, row.label, row.at, row.at)
}

export function renameTriageSource(db: Db, key: string, label: string, at: string): void {
  stmt(db, 'UPDATE triage_sources SET label = ?, updated_at = ? WHERE key = ?').run(label, at, key)
}

export function setTriageSourceActive(db: Db, key: string, active: boolean, at: string): void {
  stmt(db, 'UPDATE triage_sources SET active = ?, updated_at = ? WHERE key = ?').run(active ? 1 : 0, at, key)
}
