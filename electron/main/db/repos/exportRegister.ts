import { stmt, type Db } from '../connection'

export interface ExportRegisterRow {
  id: string
  at: string
  actor_id: string
  document: string
  entity_id: string | null
  title: string
  version: string
  variant: 'full' | 'redacted'
  profile: string | null
  recipients: string
  file_name: string
  created_at: string
  updated_at: string
  /** JSON (migration 0220): a redacted copy's review outcome; null otherwise. */
  review: string | null
  reviewed_by: string | null
}

/** Append-only (a trigger refuses updates and deletes). */
export function insertExport(db: Db, row: ExportRegisterRow): void {
  stmt(
    db,
    `INSERT INTO export_register (id, at, actor_id, document, entity_id, title, version, variant, profile, recipients, file_name, created_at, updated_at, review, reviewed_by)
     VALUES (@id, @at, @actor_id, @document, @entity_id, @title, @version, @variant, @profile, @recipients, @file_name, @created_at, @updated_at, @review, @reviewed_by)`,
  ).run(row)
}

export function listExports(db: Db): Array<ExportRegisterRow & { by_name: string; reviewed_by_name: string | null }> {
  return stmt<ExportRegisterRow & { by_name: string; reviewed_by_name: string | null }>(
    db,
    'SELECT e.*, u.name AS by_name, r.name AS reviewed_by_name FROM export_register e JOIN users u ON u.id = e.actor_id LEFT JOIN users r ON r.id = e.reviewed_by ORDER BY e.at DESC, e.rowid DESC',
  ).all()
}
