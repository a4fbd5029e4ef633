import { formatCaseReference } from '../../../shared/domain/cases'
import { canBeKeyworker } from '../../../shared/domain/policy'
import { getAgency } from '../db/repos/agencies'
import { insertCase, nextCaseNumber, type CaseInsert } from '../db/repos/cases'
import { getUser } from '../db/repos/users'
import { newId, type ServiceContext } from './context'
import { DomainError } from './errors'
import type { WriteScope } from './write'

/** What a new case starts with, whether opened from the Cases screen or by a contact in triage: the row less what openCase assigns. */
export interface NewCase extends Omit<CaseInsert, 'id' | 'reference' | 'at'> {
  /** Said in the audit row, so the log tells a case opened by triage from one opened by hand. */
  from?: 'triage'
}

/**
 * The one way a case is opened: its rules checked together (an active lead
 * agency, a keyworker who can update the record, not closed at birth), the
 * next gap-free reference of the year taken, the row written and audited.
 * Runs inside the caller's write, so a contact that opens a case and then
 * fails leaves neither. Field errors are keyed by NewCase's field names.
 */
export function openCase(
  ctx: ServiceContext,
  scope: Pick<WriteScope, 'at' | 'audit' | 'changed'>,
  input: NewCase,
): { id: string; reference: string } {
  const fields: Record<string, string> = {}
  if (!getAgency(ctx.db, input.leadAgencyId)?.active) fields.leadAgencyId = 'Choose an active lead agency'
  if (input.keyworkerId !== null) {
    const keyworker = getUser(ctx.db, input.keyworkerId)
    if (!keyworker?.active) fields.keyworkerId = 'Choose an active keyworker'
    else if (!canBeKeyworker(keyworker.role))
      fields.keyworkerId = 'A viewer cannot be a keyworker: choose someone who can update the record'
  }
  if (input.status === 'closed') fields.status = 'A new case cannot start closed: create it, then close it from the record with a reason'
  if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', 'Check the highlighted fields', fields)

  const id = newId()
  const year = ctx.now().getUTCFullYear()
  const reference = formatCaseReference(year, nextCaseNumber(ctx.db, year))
  insertCase(ctx.db, {
    id,
    reference,
    kind: input.kind,
    title: input.title,
    status: input.status,
    keyworkerId: input.keyworkerId,
    leadAgencyId: input.leadAgencyId,
    riskLevel: input.riskLevel,
    nextReviewDate: input.nextReviewDate,
    ...(input.summary === undefined ? {} : { summary: input.summary }),
    at: scope.at,
  })
  scope.audit({ entity: 'case', entityId: id, detail: input.from ? { reference, from: input.from } : { reference } })
  scope.changed({ kind: 'case', id })
  return { id, reference }
}
