import type { z } from 'zod'
import {
  AUDIT_PAGE_SIZE,
  type AuditEntryView,
  type AuditFilter,
  type AuditPage,
  type auditExportInput,
  type auditListInput,
} from '../../../shared/domain/audit'
import { londonDay, londonToInstant } from '../../../shared/domain/londonTime'
import { addDays } from '../../../shared/domain/record/dates'
import {
  allAudit,
  auditActions,
  caseIdByReference,
  countAudit,
  searchAudit,
  type AuditQuery,
  type AuditSearchRow,
} from '../db/repos/auditSearch'
import { toCsv } from '../export/csv'
import type { FileSaver } from '../export/fileSaver'
import type { ExportResult } from '../../../shared/domain/exports'
import { isoNow, requireRole, type ServiceContext } from './context'
import { exportFileName } from './demo'
import { auditRead, readTogether } from './write'

/** The London days of the filter as UTC instants; the end day is included whole. */
function toQuery(ctx: ServiceContext, filter: AuditFilter): AuditQuery {
  return {
    actorId: filter.userId,
    action: filter.action,
    fromInstant: filter.from ? londonToInstant(filter.from, '00:00') : null,
    beforeInstant: filter.to ? londonToInstant(addDays(filter.to, 1), '00:00') : null,
    caseReference: filter.caseReference,
    caseId: filter.caseReference ? caseIdByReference(ctx.db, filter.caseReference) : null,
  }
}

const view = (row: AuditSearchRow): AuditEntryView => ({
  id: row.id,
  at: row.at,
  userName: row.user_name,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  caseReference: row.case_reference,
  detail: row.detail ?? '',
})

/** The filter as the audit row of a view or export records it: ids, a reference, dates, never free text. */
const filterDetail = (filter: AuditFilter) => ({
  userId: filter.userId,
  caseReference: filter.caseReference,
  action: filter.action,
  from: filter.from,
  to: filter.to,
})

/** One page of the log for an administrator; looking at the log is itself audited. */
export function list(ctx: ServiceContext, input: z.output<typeof auditListInput>): AuditPage {
  const actor = requireRole(ctx, 'administer')
  const page = readTogether(ctx, () => {
    const query = toQuery(ctx, input.filter)
    const entries = searchAudit(ctx.db, query, { limit: AUDIT_PAGE_SIZE, offset: (input.page - 1) * AUDIT_PAGE_SIZE }).map(view)
    return { entries, total: countAudit(ctx.db, query), page: input.page, pageSize: AUDIT_PAGE_SIZE, actions: auditActions(ctx.db) }
  })
  // A read, not a write: its row is not reported as a change, or every screen showing the log would refetch it for ever.
  auditRead(ctx, {
    actorId: actor,
    action: 'view',
    entity: 'audit_log',
    detail: { channel: 'audit:list', page: input.page, ...filterDetail(input.filter) },
  })
  return page
}

/** Every row the filter matches, through the one CSV writer (formula-safe, BOM); the export is audited. */
export async function exportCsv(ctx: ServiceContext, saveFile: FileSaver, input: z.output<typeof auditExportInput>): Promise<ExportResult> {
  const actor = requireRole(ctx, 'administer')
  const rows = allAudit(ctx.db, toQuery(ctx, input.filter)).map(view)
  const csv = toCsv<AuditEntryView>(
    [
      { header: 'When (UTC)', value: (row) => row.at },
      { header: 'User', value: (row) => row.userName ?? '' },
      { header: 'Action', value: (row) => row.action },
      { header: 'Record type', value: (row) => row.entity },
      { header: 'Record id', value: (row) => row.entityId ?? '' },
      { header: 'Case', value: (row) => row.caseReference ?? '' },
      { header: 'Detail', value: (row) => row.detail },
    ],
    rows,
  )
  const fileName = exportFileName(ctx, `Audit log ${londonDay(isoNow(ctx))}.csv`)
  const savedTo = await saveFile(fileName, new TextEncoder().encode(csv))
  if (savedTo === null) return { savedTo: null, fileName }
  auditRead(ctx, { actorId: actor, action: 'export', entity: 'audit_log', detail: { rows: rows.length, ...filterDetail(input.filter) } })
  return { savedTo, fileName }
}
