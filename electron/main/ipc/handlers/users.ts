import type { AppServices } from '../../appServices'
import * as users from '../../services/users'
import type { Handlers } from '../handlerTypes'

export const userHandlers = ({ ctx }: AppServices) =>
  ({
    'users:list': () => users.list(ctx),
    'users:create': (input) => users.create(ctx, input),
    'users:update': (input) => users.update(ctx, input),
    'users:setCredential': (input) => users.setCredential(ctx, input),
  }) satisfies Partial<Handlers>
