import type { Channel, ParsedInputOf } from '../../../shared/ipc'
import { appendAudit } from '../db/repos/audit'
import { isoNow, type ServiceContext } from '../services/context'
import type { Handler, Handlers } from './handlerTypes'

/**
 * What a read of personal data is about: the entity, and for a read of one
 * record, which record (taken from the parsed input, never from the result,
 * so the audit row can hold no personal data).
 */
interface ReadSpec<K extends Channel> {
  entity: string
  record?: (input: ParsedInputOf<K>) => string
}

/**
 * Every channel that returns personal data, declared once. Each successful
 * call leaves one audit row: action 'view', the channel in the detail, and
 * for a single-record read the record's id. Search terms and filters are
 * never written (a search for a name is itself personal data).
 */
export const personalDataReads: { [K in Channel]?: ReadSpec<K> } = {
  'cases:list': { entity: 'case' },
  'cases:page': { entity: 'case' },
  'cases:get': { entity: 'case', record: (input) => input.id },
  'cases:timeline': { entity: 'case', record: (input) => input.id },
  'cases:search': { entity: 'case' },
  'cases:directionHistory': { entity: 'case', record: (input) => input.id },
  'consent:history': { entity: 'person', record: (input) => input.personId },
  'triage:list': { entity: 'triage' },
  'triage:page': { entity: 'triage' },
  'triage:checkRepeat': { entity: 'case', record: (input) => input.caseId },
  'actions:list': { entity: 'action' },
  'actions:page': { entity: 'action' },
  'dashboard:get': { entity: 'case' },
  'actions:listForCase': { entity: 'case', record: (input) => input.id },
  'casePlans:get': { entity: 'case_plan', record: (input) => input.id },
  'demand:list': { entity: 'case', record: (input) => input.id },
  'reports:forCase': { entity: 'case', record: (input) => input.caseId },
  'cohorts:forCase': { entity: 'case', record: (input) => input.caseId },
  'meetings:get': { entity: 'meeting', record: (input) => input.meetingId },
  // The review shows the sender every name it replaced, in context.
  'exports:redactionReview': { entity: 'meeting', record: (input) => input.meetingId },
  'retention:due': { entity: 'case' },
}

function audited<K extends Channel>(ctx: ServiceContext, channel: K, spec: ReadSpec<K>, handler: Handler<K>): Handler<K> {
  return async (input) => {
    const value = await handler(input)
    // The handler has already required a signed-in user; a read that failed is not a view.
    appendAudit(ctx.db, {
      at: isoNow(ctx),
      actorId: ctx.actorId(),
      action: 'view',
      entity: spec.entity,
      entityId: spec.record?.(input) ?? null,
      detail: { channel },
    })
    return value
  }
}

/** The handler map with every declared read wrapped; writes are audited by their services. */
export function withReadAudit(ctx: ServiceContext, handlers: Handlers): Handlers {
  const wrapped: Handlers = { ...handlers }
  for (const channel of Object.keys(personalDataReads) as Channel[]) wrap(ctx, wrapped, channel)
  return wrapped
}

function wrap<K extends Channel>(ctx: ServiceContext, handlers: Handlers, channel: K): void {
  const spec: ReadSpec<K> | undefined = personalDataReads[channel]
  // Object.assign: TypeScript cannot index a mapped type with a generic key for writing.
  if (spec) Object.assign(handlers, { [channel]: audited(ctx, channel, spec, handlers[channel]) })
}
