import { canBeKeyworker } from '../../../shared/domain/policy'
import { londonDay } from '../../../shared/domain/londonTime'
import type { z } from 'zod'
import type { caseUpdateInput, nonEngagementInput } from '../../../shared/domain/record/caseEdits'
import { transition, type caseTransitionInput } from '../../../shared/domain/record/lifecycle'
import type { CaseDetail } from '../../../shared/domain/record/views'
import type { Db } from '../db/connection'
import { getAgency } from '../db/repos/agencies'
import { insertCaseChange, type CaseChangeKind } from '../db/repos/caseChanges'
import { getCaseRow, setNonEngagement, updateCaseRecord, updateCaseStatus } from '../db/repos/cases'
import { replaceNeeds } from '../db/repos/needs'
import { getUser } from '../db/repos/users'
import { caseDetail } from './caseViews'
import { isoNow, newId, requireActor, type ServiceContext } from './context'
import { DomainError, notFound } from './errors'
import { write } from './write'

/** The team's today: the London day (just after midnight in summer is already tomorrow there). */
export const today = (ctx: ServiceContext): string => londonDay(isoNow(ctx))

export function recordChange(
  db: Db,
  change: { caseId: string; at: string; actorId: string; kind: CaseChangeKind; from: string | null; to: string | null; note?: string },
): string {
  const id = newId()
  insertCaseChange(db, {
    id,
    case_id: change.caseId,
    at: change.at,
    actor_id: change.actorId,
    kind: change.kind,
    from_value: change.from,
    to_value: change.to,
    note: change.note ?? '',
    created_at: change.at,
    updated_at: change.at,
  })
  return id
}

/** The whole record, read top to bottom. Viewing it is audited at the boundary (ipc/readAudit.ts). */
export function get(ctx: ServiceContext, caseId: string): CaseDetail {
  requireActor(ctx)
  const detail = caseDetail(ctx.db, caseId, today(ctx))
  if (!detail) throw notFound('The case')
  return detail
}

/** Edit in place: one transaction, with risk and keyworker changes kept in the case history. */
export function update(ctx: ServiceContext, input: z.output<typeof caseUpdateInput>): CaseDetail {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case' }, ({ actor, at, audit, changed }) => {
    const before = getCaseRow(ctx.db, input.caseId)
    if (!before) throw notFound('The case')
    const fields: Record<string, string> = {}
    if (input.leadAgencyId !== before.lead_agency_id && !getAgency(ctx.db, input.leadAgencyId)?.active)
      fields.leadAgencyId = 'Choose an active lead agency'
    if (input.keyworkerId !== null && input.keyworkerId !== before.keyworker_id) {
      const keyworker = getUser(ctx.db, input.keyworkerId)
      if (!keyworker?.active) fields.keyworkerId = 'Choose an active keyworker'
      else if (!canBeKeyworker(keyworker.role))
        fields.keyworkerId = 'A viewer cannot be a keyworker: choose someone who can update the record'
    }
    if (input.keyworkerId === null && (before.status === 'open' || before.status === 'review'))
      fields.keyworkerId = 'An open case must have a keyworker'
    if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', 'Check the highlighted fields', fields)

    updateCaseRecord(ctx.db, {
      id: input.caseId,
      title: input.title,
      keyworker_id: input.keyworkerId,
      lead_agency_id: input.leadAgencyId,
      risk_level: input.riskLevel,
      next_review_date: input.nextReviewDate,
      neighbourhood: input.neighbourhood,
      summary: input.summary,
      aspirations: input.aspirations,
      strengths: input.strengths,
      updated_at: at,
    })
    replaceNeeds(ctx.db, input.caseId, input.needs, at)
    if (before.risk_level !== input.riskLevel)
      recordChange(ctx.db, { caseId: input.caseId, at, actorId: actor, kind: 'risk', from: before.risk_level, to: input.riskLevel })
    if (before.keyworker_id !== input.keyworkerId)
      recordChange(ctx.db, {
        caseId: input.caseId,
        at,
        actorId: actor,
        kind: 'keyworker',
        from: before.keyworker_name,
        to: input.keyworkerId ? (getUser(ctx.db, input.keyworkerId)?.name ?? null) : null,
      })
    audit({ entityId: input.caseId })
    changed({ kind: 'case', id: input.caseId })
    return caseDetail(ctx.db, input.caseId, today(ctx)) as CaseDetail
  })
}

/** Moves a case through its lifecycle. Closing needs a reason; reopening is counted. */
export function changeStatus(ctx: ServiceContext, input: z.output<typeof caseTransitionInput>): CaseDetail {
  return write(ctx, { access: 'writeCases', action: 'status', entity: 'case' }, ({ actor, at, audit, changed }) => {
    const before = getCaseRow(ctx.db, input.caseId)
    if (!before) throw notFound('The case')
    const outcome = transition(before.status, {
      to: input.to,
      closureReason: input.closureReason,
      closureNote: input.closureNote,
      hasKeyworker: before.keyworker_id !== null,
    })
    if (!outcome.ok) throw new DomainError('invalid_input', outcome.message, { [outcome.field]: outcome.message })
    updateCaseStatus(ctx.db, {
      id: input.caseId,
      status: outcome.status,
      closure_reason: outcome.closureReason,
      closure_note: outcome.status === 'closed' ? input.closureNote : '',
      closed_at: outcome.status === 'closed' ? at : null,
      reopen_count: before.reopen_count + (outcome.reopened ? 1 : 0),
      updated_at: at,
    })
    recordChange(ctx.db, {
      caseId: input.caseId,
      at,
      actorId: actor,
      kind: 'status',
      from: before.status,
      to: outcome.status,
      note: outcome.closureReason ? `${outcome.closureReason}${input.closureNote ? `: ${input.closureNote}` : ''}` : '',
    })
    audit({ action: outcome.reopened ? 'reopen' : 'status', entityId: input.caseId, detail: { from: before.status, to: outcome.status } })
    changed({ kind: 'case', id: input.caseId })
    return caseDetail(ctx.db, input.caseId, today(ctx)) as CaseDetail
  })
}

/** Non-engagement is a flag to act on; it never closes the case. */
export function flagNonEngagement(ctx: ServiceContext, input: z.output<typeof nonEngagementInput>): CaseDetail {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'case' }, ({ actor, at, audit, changed }) => {
    const before = getCaseRow(ctx.db, input.caseId)
    if (!before) throw notFound('The case')
    const since = input.flagged ? (input.since ?? today(ctx)) : null
    setNonEngagement(ctx.db, input.caseId, input.flagged, since, at)
    recordChange(ctx.db, {
      caseId: input.caseId,
      at,
      actorId: actor,
      kind: 'non_engagement',
      from: before.non_engagement ? 'flagged' : 'clear',
      to: input.flagged ? 'flagged' : 'clear',
      note: input.note,
    })
    audit({ entityId: input.caseId, detail: { nonEngagement: input.flagged } })
    changed({ kind: 'case', id: input.caseId })
    return caseDetail(ctx.db, input.caseId, today(ctx)) as CaseDetail
  })
}
