/**
 * Exposes exactly the contract, one function per channel, and nothing else:
 * no raw ipcRenderer reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { channels, type RoundtableApi } from '../../shared/ipc'

const api = Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])) as RoundtableApi

contextBridge.exposeInMainWorld('roundtable', api)
