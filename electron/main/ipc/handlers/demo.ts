import type { AppServices } from '../../appServices'
import * as demo from '../../services/demo'
import type { Handlers } from '../handlerTypes'

/** Whether the database holds demo data (no personal data: asked before sign-in, for the title). */
export const demoHandlers = ({ ctx }: AppServices) =>
  ({
    'demo:get': () => demo.status(ctx),
  }) satisfies Partial<Handlers>
