import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { RESTORE_PROGRESS_EVENT, type DataChanged } from '../../../shared/events'
import { channels } from '../../../shared/ipc'
import type { SafeLogger } from '../log'
import { DESKTOP_SESSION } from '../services/sessionStore'
import { dataChangedFor } from './changeFeed'
import { dispatch, type Boundary } from './dispatch'

/**
 * Walks the contract and registers one ipcMain handler per channel. A
 * handler map with a missing or extra channel is refused at start-up (the
 * type already refuses a missing one at compile time). Calls from any frame
 * other than our own renderer are rejected. The desktop app has one window,
 * so one session. What a call changed goes back with its result and, through
 * `broadcast`, to every other window as a DataChanged event.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  boundary: Boundary,
  logger: SafeLogger,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  broadcast: (event: DataChanged, sender: WebContents) => void = () => undefined,
): void {
  const { handlers } = boundary
  const extra = Object.keys(handlers).filter((name) => !(channels as string[]).includes(name))
  if (extra.length > 0) throw new Error(`Handlers for channels not in the contract: ${extra.join(', ')}`)
  for (const channel of channels) {
    if (typeof handlers[channel] !== 'function') throw new Error(`No handler for ${channel}`)
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted page' } }
      // A restore's progress goes to the window that asked, as it happens.
      const toCaller = (progress: unknown) => {
        if (!event.sender.isDestroyed()) event.sender.send(RESTORE_PROGRESS_EVENT, progress)
      }
      const result = await dispatch(boundary, DESKTOP_SESSION, channel, input, logger, toCaller)
      const changed = dataChangedFor(channel, result)
      if (changed) broadcast(changed, event.sender)
      return result
    })
  }
}
