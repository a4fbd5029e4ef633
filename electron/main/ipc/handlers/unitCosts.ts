import type { AppServices } from '../../appServices'
import * as unitCosts from '../../services/unitCosts'
import type { Handlers } from '../handlerTypes'

export const unitCostHandlers = ({ ctx }: AppServices) =>
  ({
    'unitCosts:list': () => unitCosts.list(ctx),
    'unitCosts:save': (input) => unitCosts.save(ctx, input),
    'unitCosts:remove': (input) => unitCosts.remove(ctx, input.kind),
  }) satisfies Partial<Handlers>
