import type { AppServices } from '../../appServices'
import * as demand from '../../services/demand'
import * as triage from '../../services/triage'
import * as triageSources from '../../services/triageSources'
import type { Handlers } from '../handlerTypes'

export const triageHandlers = ({ ctx }: AppServices) =>
  ({
    'triage:list': () => triage.list(ctx),
    'triage:create': (input) => triage.create(ctx, input),
    'triage:retriage': (input) => triage.retriage(ctx, input),
    'triage:checkRepeat': (input) => triage.checkRepeat(ctx, input),
    'triage:undo': (input) => triage.undo(ctx, input),
    'triageSources:list': (input) => triageSources.list(ctx, input.includeRetired),
    'triageSources:create': (input) => triageSources.create(ctx, input),
    'triageSources:rename': (input) => triageSources.rename(ctx, input),
    'triageSources:setActive': (input) => triageSources.setActive(ctx, input),
    'demand:list': (input) => demand.listFor(ctx, input.id),
    'demand:add': (input) => demand.add(ctx, input),
  }) satisfies Partial<Handlers>
