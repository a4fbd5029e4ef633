import type { AppServices } from '../../appServices'
import * as appSettings from '../../services/appSettings'
import { requireActor } from '../../services/context'
import * as logo from '../../services/logo'
import type { Handlers } from '../handlerTypes'

export const settingsHandlers = ({ ctx }: AppServices) =>
  ({
    'settings:get': () => {
      requireActor(ctx)
      return appSettings.read(ctx)
    },
    'settings:save': (input) => appSettings.save(ctx, input),
    'settings:saveLogo': (input) => logo.saveLogo(ctx, input),
    'settings:hasLogo': () => {
      requireActor(ctx)
      return { hasLogo: logo.hasLogo(ctx) }
    },
  }) satisfies Partial<Handlers>
