import type { AppServices } from '../../appServices'
import * as caseAgencies from '../../services/caseAgencies'
import * as caseRecord from '../../services/caseRecord'
import * as cases from '../../services/cases'
import * as search from '../../services/search'
import * as timeline from '../../services/timeline'
import type { Handlers } from '../handlerTypes'

export const caseHandlers = ({ ctx }: AppServices) =>
  ({
    'cases:list': () => cases.list(ctx),
    'cases:get': (input) => caseRecord.get(ctx, input.id),
    'cases:create': (input) => cases.create(ctx, input),
    'cases:update': (input) => caseRecord.update(ctx, input),
    'cases:changeStatus': (input) => caseRecord.changeStatus(ctx, input),
    'cases:flagNonEngagement': (input) => caseRecord.flagNonEngagement(ctx, input),
    'cases:timeline': (input) => timeline.forCase(ctx, input.id),
    'cases:search': (input) => search.search(ctx, input),
    'caseAgencies:add': (input) => caseAgencies.add(ctx, input),
    'caseAgencies:end': (input) => caseAgencies.end(ctx, input),
  }) satisfies Partial<Handlers>
