import type { AppServices } from '../../appServices'
import * as session from '../../services/session'
import type { Handlers } from '../handlerTypes'

export const sessionHandlers = ({ ctx, session: store }: AppServices) =>
  ({
    'session:get': () => session.state(ctx, store),
    'session:setUp': (input) => session.setUp(ctx, store, input),
    'session:signIn': (input) => session.signIn(ctx, store, input),
    'session:lock': () => session.lock(ctx, store),
    'session:users': () => session.choices(ctx),
    'session:changeCredential': (input) => session.changeCredential(ctx, input),
    // The gate in dispatch has already counted this call as activity: nothing more to do.
    'session:active': () => null,
  }) satisfies Partial<Handlers>
