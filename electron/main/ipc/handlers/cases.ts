import type { AppServices } from '../../appServices'
import * as cases from '../../services/cases'
import type { Handlers } from '../handlerTypes'

export const caseHandlers = ({ ctx }: AppServices) =>
  ({
    'cases:list': () => cases.list(ctx),
    'cases:get': (input) => cases.get(ctx, input.id),
    'cases:create': (input) => cases.create(ctx, input),
  }) satisfies Partial<Handlers>
