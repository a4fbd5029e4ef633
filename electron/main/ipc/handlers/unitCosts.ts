import type { AppServices } from '../../appServices'
import * as exports from '../../services/exports'
import * as reports from '../../services/reports'
import * as unitCosts from '../../services/unitCosts'
import type { Handlers } from '../handlerTypes'

/** Reports, the board report and the unit costs behind their money figures. */
export const unitCostHandlers = ({ ctx, saveFile }: AppServices) =>
  ({
    'unitCosts:list': () => unitCosts.list(ctx),
    'unitCosts:save': (input) => unitCosts.save(ctx, input),
    'unitCosts:remove': (input) => unitCosts.remove(ctx, input.kind),
    'reports:build': (input) => reports.build(ctx, input),
    'reports:forCase': (input) => reports.forCase(ctx, input.caseId, input.months),
    'exports:boardReport': (input) => exports.boardReport(ctx, saveFile, input),
    'exports:reportCsv': (input) => exports.reportCsv(ctx, saveFile, input),
  }) satisfies Partial<Handlers>
