import { canBeKeyworker } from '../../../shared/domain/policy'
import type { z } from 'zod'
import type { caseCreateInput, CaseSummary } from '../../../shared/domain/cases'
import { formatCaseReference } from '../../../shared/domain/cases'
import { getAgency } from '../db/repos/agencies'
import { getCaseSummary, insertCase, listCaseSummaries, nextCaseNumber } from '../db/repos/cases'
import { getUser } from '../db/repos/users'
import { newId, requireActor, type ServiceContext } from './context'
import { DomainError } from './errors'
import { write } from './write'

export function list(ctx: ServiceContext): CaseSummary[] {
  requireActor(ctx)
  return listCaseSummaries(ctx.db)
}

/** A viewer reads the record but never opens a case. */
export function create(ctx: ServiceContext, input: z.output<typeof caseCreateInput>): CaseSummary {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'case' }, ({ at, audit, changed }) => {
    const fields: Record<string, string> = {}
    const agency = getAgency(ctx.db, input.leadAgencyId)
    if (!agency?.active) fields.leadAgencyId = 'Choose an active lead agency'
    const keyworker = getUser(ctx.db, input.keyworkerId)
    if (!keyworker?.active) fields.keyworkerId = 'Choose an active keyworker'
    else if (!canBeKeyworker(keyworker.role))
      fields.keyworkerId = 'A viewer cannot be a keyworker: choose someone who can update the record'
    if (input.status === 'closed') fields.status = 'A new case cannot start closed: create it, then close it from the record with a reason'
    if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', 'Check the highlighted fields', fields)

    const now = ctx.now()
    const id = newId()
    const reference = formatCaseReference(now.getUTCFullYear(), nextCaseNumber(ctx.db, now.getUTCFullYear()))
    insertCase(ctx.db, {
      id,
      reference,
      kind: input.kind,
      title: input.title,
      status: input.status,
      keyworker_id: input.keyworkerId,
      lead_agency_id: input.leadAgencyId,
      risk_level: input.riskLevel,
      next_review_date: input.nextReviewDate,
      created_at: at,
      updated_at: at,
    })
    audit({ entityId: id, detail: { reference } })
    changed({ kind: 'case', id })
    return getCaseSummary(ctx.db, id) as CaseSummary
  })
}
