import type { AppServices } from '../../appServices'
import { dashboard } from '../../services/dashboard'
import * as tablePages from '../../services/tablePages'
import type { Handlers } from '../handlerTypes'

export const tablePageHandlers = ({ ctx }: AppServices) =>
  ({
    'cases:page': (input) => tablePages.cases(ctx, input),
    'triage:page': (input) => tablePages.triage(ctx, input),
    'actions:page': (input) => tablePages.actions(ctx, input),
    'meetings:page': (input) => tablePages.meetings(ctx, input),
    'dashboard:get': () => dashboard(ctx),
    'tables:filterOptions': () => tablePages.filterOptions(ctx),
  }) satisfies Partial<Handlers>
