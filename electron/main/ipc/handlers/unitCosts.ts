import type { AppServices } from '../../appServices'
import * as cohorts from '../../services/cohorts'
import * as exports from '../../services/exports'
import * as reports from '../../services/reports'
import * as unitCosts from '../../services/unitCosts'
import type { Handlers } from '../handlerTypes'

/** Reports, named cohorts, the board report and the unit costs behind their money figures. */
export const unitCostHandlers = ({ ctx, saveFile }: AppServices) =>
  ({
    'unitCosts:list': () => unitCosts.list(ctx),
    'unitCosts:save': (input) => unitCosts.save(ctx, input),
    'unitCosts:remove': (input) => unitCosts.remove(ctx, input.kind),
    'reports:build': (input) => reports.build(ctx, input),
    'reports:forCase': (input) => reports.forCase(ctx, input.caseId, input.months),
    'exports:boardReport': (input) => exports.boardReport(ctx, saveFile, input),
    'exports:reportCsv': (input) => exports.reportCsv(ctx, saveFile, input),
    'cohorts:list': (input) => cohorts.list(ctx, input.includeRetired),
    'cohorts:create': (input) => cohorts.create(ctx, input),
    'cohorts:rename': (input) => cohorts.rename(ctx, input),
    'cohorts:setActive': (input) => cohorts.setActive(ctx, input),
    'cohorts:addCase': (input) => cohorts.addCase(ctx, input),
    'cohorts:removeCase': (input) => cohorts.removeCase(ctx, input),
    'cohorts:addByFilter': (input) => cohorts.addByFilter(ctx, input),
    'cohorts:forCase': (input) => cohorts.forCase(ctx, input.caseId),
  }) satisfies Partial<Handlers>
