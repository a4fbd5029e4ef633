/**
 * Exposes exactly the contract, one function per channel, and the push
 * events main sends (what another window changed, a restore's progress), and nothing else: no raw
 * ipcRenderer reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import {
  DATA_CHANGED_EVENT,
  isDataChanged,
  isRestoreProgress,
  RESTORE_PROGRESS_EVENT,
  type DataChanged,
  type RestoreProgress,
} from '../../shared/events'
import { channels, type RoundtableApi, type RoundtableEvents } from '../../shared/ipc'

const api = Object.fromEntries(
  channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as RoundtableApi

const events: RoundtableEvents = {
  onDataChanged: (listener: (event: DataChanged) => void) => {
    // The page gets the checked event only, never Electron's event object (it holds the sender).
    const forward = (_event: unknown, payload: unknown) => {
      if (isDataChanged(payload)) listener(payload)
    }
    ipcRenderer.on(DATA_CHANGED_EVENT, forward)
    return () => void ipcRenderer.removeListener(DATA_CHANGED_EVENT, forward)
  },
  onRestoreProgress: (listener: (event: RestoreProgress) => void) => {
    const forward = (_event: unknown, payload: unknown) => {
      if (isRestoreProgress(payload)) listener(payload)
    }
    ipcRenderer.on(RESTORE_PROGRESS_EVENT, forward)
    return () => void ipcRenderer.removeListener(RESTORE_PROGRESS_EVENT, forward)
  },
}

contextBridge.exposeInMainWorld('roundtable', api)
contextBridge.exposeInMainWorld('roundtableEvents', events)
