import type { AppServices } from '../../appServices'
import * as casePlans from '../../services/casePlans'
import * as exports from '../../services/exports'
import * as redactionReview from '../../services/redactionReview'
import type { Handlers } from '../handlerTypes'

export const exportHandlers = ({ ctx, saveFile }: AppServices) =>
  ({
    'casePlans:get': (input) => casePlans.get(ctx, input.id),
    'casePlans:save': (input) => casePlans.save(ctx, input),
    'exports:minutes': (input) => exports.minutes(ctx, saveFile, input),
    'exports:casePlan': (input) => exports.casePlan(ctx, saveFile, input),
    'exports:actionTracker': (input) => exports.actionTracker(ctx, saveFile, input),
    'exports:csv': (input) => exports.csv(ctx, saveFile, input),
    'exports:register': () => exports.register(ctx),
    'exports:redactionReview': (input) => redactionReview.review(ctx, input),
  }) satisfies Partial<Handlers>
