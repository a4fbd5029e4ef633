import type { AppServices } from '../../appServices'
import * as appSettings from '../../services/appSettings'
import { requireActor } from '../../services/context'
import type { Handlers } from '../handlerTypes'

export const settingsHandlers = ({ ctx }: AppServices) =>
  ({
    'settings:get': () => {
      requireActor(ctx)
      return appSettings.read(ctx)
    },
    'settings:save': (input) => appSettings.save(ctx, input),
  }) satisfies Partial<Handlers>
