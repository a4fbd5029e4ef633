import type { AppServices } from '../../appServices'
import * as backup from '../../services/backup'
import { requireActor } from '../../services/context'
import type { Handlers } from '../handlerTypes'

export const backupHandlers = ({ ctx, backupDir }: AppServices) =>
  ({
    'backup:list': () => {
      requireActor(ctx)
      return backup.list(backupDir)
    },
    'backup:now': () => backup.backupNow(ctx, backupDir),
  }) satisfies Partial<Handlers>
