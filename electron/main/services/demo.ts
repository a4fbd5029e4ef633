import type { DemoStatus } from '../../../shared/domain/demo'
import { demoFileName } from '../../../shared/domain/demo'
import { isDemo } from '../db/repos/demo'
import type { ServiceContext } from './context'

/** Whether this database holds demo data: asked before sign-in too, for the window title. */
export function status(ctx: ServiceContext): DemoStatus {
  return { demo: isDemo(ctx.db) }
}

/** An export's file name, marked DEMO when the database holds demo data. */
export function exportFileName(ctx: ServiceContext, fileName: string): string {
  return isDemo(ctx.db) ? demoFileName(fileName) : fileName
}
