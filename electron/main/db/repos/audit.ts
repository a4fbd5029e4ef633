import { stmt, type Db } from '../connection'

export interface AuditEntry {
  at: string
  actorId: string | null
  /** A verb: create, update, view, export, sign-in, ... */
  action: string
  entity: string
  entityId: string | null
  /** Ids and field names only: never names or free text about a person. */
  detail?: Record<string, unknown>
}

export function appendAudit(db: Db, entry: AuditEntry): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail)
     VALUES (@at, @actorId, @action, @entity, @entityId, @detail)`,
  ).run({ ...entry, detail: entry.detail ? JSON.stringify(entry.detail) : null })
}

export interface AuditRow {
  id: number
  at: string
  actor_id: string | null
  action: string
  entity: string
  entity_id: string | null
  detail: string | null
}

export function listAuditFor(db: Db, entity: string, entityId: string): AuditRow[] {
  return stmt<AuditRow>(db, 'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, entityId)
}
