import type { PowerMonitor } from 'electron'
import type { AppServices } from './appServices'
import type { SafeLogger } from './log'
import { lockAll } from './services/session'

/**
 * Suspending the computer or locking its screen locks Roundtable too: the
 * person who comes back (or the next one at the desk) must sign in again.
 * Only the main process hears these events; the renderer finds itself
 * signed out at its next call.
 */
export function watchPower(monitor: Pick<PowerMonitor, 'on'>, services: Pick<AppServices, 'ctx' | 'session'>, logger: SafeLogger): void {
  const lock = () => {
    try {
      lockAll(services.ctx, services.session, 'suspend')
    } catch (error) {
      logger.error('power-lock', 'power', error)
    }
  }
  monitor.on('suspend', lock)
  monitor.on('lock-screen', lock)
}
