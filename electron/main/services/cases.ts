import type { z } from 'zod'
import type { caseCreateInput, CaseSummary } from '../../../shared/domain/cases'
import { getCaseSummary, listCaseSummaries } from '../db/repos/cases'
import { requireActor, type ServiceContext } from './context'
import { openCase } from './openCase'
import { write } from './write'

export function list(ctx: ServiceContext): CaseSummary[] {
  requireActor(ctx)
  return listCaseSummaries(ctx.db)
}

/** A viewer reads the record but never opens a case. */
export function create(ctx: ServiceContext, input: z.output<typeof caseCreateInput>): CaseSummary {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'case' }, (scope) => {
    const { id } = openCase(ctx, scope, input)
    return getCaseSummary(ctx.db, id) as CaseSummary
  })
}
