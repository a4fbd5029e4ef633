import type { AppServices } from '../../appServices'
import * as backup from '../../services/backup'
import { requireActor } from '../../services/context'
import type { Handlers } from '../handlerTypes'

export const backupHandlers = ({ ctx, backupDir, backupStatus }: AppServices) =>
  ({
    'backup:list': () => {
      requireActor(ctx)
      return backup.list(backupDir)
    },
    'backup:now': () => backup.backupNow(ctx, backupDir),
    // Where the day's background backup is: no personal data, only a state, a share and a file name.
    'backup:status': () => {
      requireActor(ctx)
      return backupStatus.read()
    },
  }) satisfies Partial<Handlers>
