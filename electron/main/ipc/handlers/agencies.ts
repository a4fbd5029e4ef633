import type { AppServices } from '../../appServices'
import * as agencies from '../../services/agencies'
import type { Handlers } from '../handlerTypes'

export const agencyHandlers = ({ ctx }: AppServices) =>
  ({
    'agencies:list': (input) => agencies.list(ctx, input.includeInactive),
    'agencies:create': (input) => agencies.create(ctx, input),
    'agencies:update': (input) => agencies.update(ctx, input),
    'agencies:setActive': (input) => agencies.setActive(ctx, input.id, input.active),
    'agencies:setProfile': (input) => agencies.setProfile(ctx, input),
  }) satisfies Partial<Handlers>
