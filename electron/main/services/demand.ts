import type { z } from 'zod'
import type { DemandKind, demandInput } from '../../../shared/domain/record/demand'
import type { DemandEventView } from '../../../shared/domain/record/views'
import { getCaseRow } from '../db/repos/cases'
import { insertDemand, listDemandForCase } from '../db/repos/demand'
import { getPerson } from '../db/repos/people'
import { today } from './caseRecord'
import { newId, requireActor, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'
import { write } from './write'

/** Demand on services: one event on a day, or a count over a period. */
export function add(ctx: ServiceContext, input: z.output<typeof demandInput>): DemandEventView[] {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'demand_event' }, ({ actor, at, audit, changed }) => {
    if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
    if (input.personId) {
      const person = getPerson(ctx.db, input.personId)
      if (!person || person.case_id !== input.caseId) throw fieldError('personId', 'That person is not part of this case')
    }
    const periodEnd = input.periodEnd ?? input.periodStart
    if (periodEnd > today(ctx)) throw fieldError(input.periodEnd ? 'periodEnd' : 'periodStart', 'The date cannot be in the future')
    const id = newId()
    insertDemand(ctx.db, {
      id,
      case_id: input.caseId,
      person_id: input.personId,
      kind: input.kind,
      period_start: input.periodStart,
      period_end: periodEnd,
      count: input.count,
      note: input.note,
      created_by: actor,
      created_at: at,
      updated_at: at,
    })
    audit({ entityId: id, detail: { caseId: input.caseId } })
    changed({ kind: 'case', id: input.caseId })
    return listFor(ctx, input.caseId)
  })
}

export function listFor(ctx: ServiceContext, caseId: string): DemandEventView[] {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
  return listDemandForCase(ctx.db, caseId).map((row) => ({
    id: row.id,
    kind: row.kind as DemandKind,
    personName: row.person_first_name === null ? null : [row.person_first_name, row.person_last_name].filter(Boolean).join(' '),
    periodStart: row.period_start,
    periodEnd: row.period_end,
    count: row.count,
    note: row.note,
  }))
}
