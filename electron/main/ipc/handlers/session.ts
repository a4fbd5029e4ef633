import type { AppServices } from '../../appServices'
import * as session from '../../services/session'
import type { Handlers } from '../handlerTypes'

export const sessionHandlers = ({ ctx, session: store }: AppServices) =>
  ({
    'session:get': () => session.state(ctx, store),
    'session:setUp': (input) => session.setUp(ctx, store, input),
    'session:signIn': (input) => session.signIn(ctx, store, input.userId),
    'session:lock': () => session.lock(ctx, store),
  }) satisfies Partial<Handlers>
