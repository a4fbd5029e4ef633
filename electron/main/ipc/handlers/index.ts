import type { AppServices } from '../../appServices'
import { mergeHandlers, type Handlers } from '../handlerTypes'
import { withReadAudit } from '../readAudit'
import { agencyHandlers } from './agencies'
import { backupHandlers } from './backup'
import { demoHandlers } from './demo'
import { caseHandlers } from './cases'
import { exportHandlers } from './exports'
import { governanceHandlers } from './governance'
import { meetingHandlers } from './meetings'
import { settingsHandlers } from './settings'
import { peopleHandlers } from './people'
import { triageHandlers } from './triage'
import { tablePageHandlers } from './tablePages'
import { sessionHandlers } from './session'
import { userHandlers } from './users'
import { unitCostHandlers } from './unitCosts'

/** Every channel's handler (reads of personal data audited). The return type makes a missing one a compile error. */
export function createHandlers(services: AppServices): Handlers {
  return withReadAudit(
    services.ctx,
    mergeHandlers([
      sessionHandlers(services),
      agencyHandlers(services),
      userHandlers(services),
      caseHandlers(services),
      peopleHandlers(services),
      triageHandlers(services),
      meetingHandlers(services),
      settingsHandlers(services),
      exportHandlers(services),
      backupHandlers(services),
      governanceHandlers(services),
      unitCostHandlers(services),
      demoHandlers(services),
      tablePageHandlers(services),
    ]),
  )
}
