import { stmt, type Db } from '../connection'

/** The filter as the repo takes it: instants already worked out, the case looked up (it may be erased). */
export interface AuditQuery {
  actorId: string | null
  action: string | null
  fromInstant: string | null
  beforeInstant: string | null
  caseReference: string | null
  caseId: string | null
}

export interface AuditSearchRow {
  id: number
  at: string
  user_name: string | null
  action: string
  entity: string
  entity_id: string | null
  detail: string | null
  case_reference: string | null
}

/**
 * Only the filters in use go into the WHERE clause (fixed fragments, every
 * value bound), so SQLite can use the index for the one that narrows most.
 * A case reference matches rows about the case, its people and agenda items
 * (by id), and rows that name the reference itself (creation, erasure).
 */
function where(query: AuditQuery): { sql: string; params: Record<string, string> } {
  const parts: string[] = []
  const params: Record<string, string> = {}
  if (query.actorId !== null) {
    parts.push('a.actor_id = @actorId')
    params.actorId = query.actorId
  }
  if (query.action !== null) {
    parts.push('a.action = @action')
    params.action = query.action
  }
  if (query.fromInstant !== null) {
    parts.push('a.at >= @fromInstant')
    params.fromInstant = query.fromInstant
  }
  if (query.beforeInstant !== null) {
    parts.push('a.at < @beforeInstant')
    params.beforeInstant = query.beforeInstant
  }
  if (query.caseReference !== null) {
    params.caseReference = query.caseReference
    if (query.caseId !== null) {
      params.caseId = query.caseId
      parts.push(`(a.entity_id = @caseId
        OR a.entity_id IN (SELECT id FROM people WHERE case_id = @caseId)
        OR a.entity_id IN (SELECT id FROM agenda_items WHERE case_id = @caseId)
        OR json_extract(a.detail, '$.caseId') = @caseId
        OR json_extract(a.detail, '$.reference') = @caseReference)`)
    } else parts.push(`json_extract(a.detail, '$.reference') = @caseReference`)
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params }
}

const select = `SELECT a.id, a.at, u.name AS user_name, a.action, a.entity, a.entity_id, a.detail,
       coalesce(c.reference, cd.reference, json_extract(a.detail, '$.reference')) AS case_reference
  FROM audit_log a
  LEFT JOIN users u ON u.id = a.actor_id
  LEFT JOIN cases c ON a.entity IN ('case', 'case_plan') AND c.id = a.entity_id
  LEFT JOIN cases cd ON cd.id = json_extract(a.detail, '$.caseId')`

/** One page, newest first. */
export function searchAudit(db: Db, query: AuditQuery, page: { limit: number; offset: number }): AuditSearchRow[] {
  const { sql, params } = where(query)
  return stmt<AuditSearchRow>(db, `${select} ${sql} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`).all({ ...params, ...page })
}

/** Every matching row, newest first (the CSV export). */
export function allAudit(db: Db, query: AuditQuery): AuditSearchRow[] {
  const { sql, params } = where(query)
  return stmt<AuditSearchRow>(db, `${select} ${sql} ORDER BY a.id DESC`).all(params)
}

export function countAudit(db: Db, query: AuditQuery): number {
  const { sql, params } = where(query)
  return stmt<{ n: number }>(db, `SELECT count(*) AS n FROM audit_log a ${sql}`).get(params)?.n ?? 0
}

export function auditActions(db: Db): string[] {
  return stmt<{ action: string }>(db, 'SELECT DISTINCT action FROM audit_log ORDER BY action')
    .all()
    .map((row) => row.action)
}

export function caseIdByReference(db: Db, reference: string): string | null {
  return stmt<{ id: string }>(db, 'SELECT id FROM cases WHERE reference = ?').get(reference)?.id ?? null
}
