import type { AppServices } from '../../appServices'
import * as agencies from '../../services/agencies'
import type { Handlers } from '../handlerTypes'

export const agencyHandlers = ({ ctx }: AppServices) =>
  ({
    'agencies:list': (input) => agencies.list(ctx, input.includeInactive),
    'agencies:create': (input) => agencies.create(ctx, input),
    'agencies:deactivate': (input) => agencies.deactivate(ctx, input.id),
  }) satisfies Partial<Handlers>
