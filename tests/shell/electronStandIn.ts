/**
 * A RECORDING STAND-IN for the `electron` module, not Electron. The Electron
 * binary cannot be installed on these machines, so this checks the main
 * process's wiring (window options, CSP, guards, IPC registration) by
 * recording what the built main bundle asks of Electron. It proves nothing
 * about Electron's own behaviour: tests/e2e/electron.spec.ts does that where
 * the binary exists.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Listener = (...args: unknown[]) => unknown

export interface Recorded {
  userData: string
  singleInstanceLockRequested: number
  appListeners: Map<string, Listener[]>
  powerListeners: Map<string, Listener[]>
  windows: StandInWindow[]
  ipcHandlers: Map<string, Listener>
  ipcRegistrations: string[]
  headerHooks: Listener[]
  permissionHandlers: Listener[]
  errorBoxes: Array<[string, string]>
  saveDialogs: unknown[]
  ready: () => void
}

export class StandInWindow {
  static all: StandInWindow[] = []
  readonly listeners = new Map<string, Listener[]>()
  readonly contentsListeners = new Map<string, Listener[]>()
  windowOpenHandler: Listener | null = null
  loaded: { kind: 'file' | 'url'; target: string } | null = null
  /** What main pushed to this window (webContents.send). */
  readonly sent: Array<[string, unknown]> = []
  readonly webContents = {
    send: (channel: string, payload: unknown) => void this.sent.push([channel, payload]),
    on: (event: string, listener: Listener) => this.contentsListeners.set(event, [...(this.contentsListeners.get(event) ?? []), listener]),
    // Tests fire these at most once, so `once` records like `on`.
    once: (event: string, listener: Listener) =>
      this.contentsListeners.set(event, [...(this.contentsListeners.get(event) ?? []), listener]),
    setWindowOpenHandler: (handler: Listener) => {
      this.windowOpenHandler = handler
    },
    getURL: () => (this.loaded?.kind === 'file' ? `file://${this.loaded.target}` : (this.loaded?.target ?? '')),
  }
  constructor(readonly options: Record<string, unknown>) {
    StandInWindow.all.push(this)
    recorded.windows.push(this)
  }
  static getAllWindows() {
    return StandInWindow.all
  }
  static getFocusedWindow() {
    return StandInWindow.all[0] ?? null
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
  }
  once(event: string, listener: Listener) {
    this.on(event, listener)
  }
  loadFile(target: string) {
    this.loaded = { kind: 'file', target }
    return Promise.resolve()
  }
  loadURL(target: string) {
    this.loaded = { kind: 'url', target }
    return Promise.resolve()
  }
  maximize() {}
  show() {}
  isDestroyed() {
    return false
  }
  isMaximized() {
    return false
  }
  isMinimized() {
    return false
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 }
  }
}

let resolveReady: () => void = () => undefined
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve))

export const recorded: Recorded = {
  userData: mkdtempSync(join(tmpdir(), 'roundtable-shell-')),
  singleInstanceLockRequested: 0,
  appListeners: new Map(),
  powerListeners: new Map(),
  windows: [],
  ipcHandlers: new Map(),
  ipcRegistrations: [],
  headerHooks: [],
  permissionHandlers: [],
  errorBoxes: [],
  saveDialogs: [],
  ready: () => resolveReady(),
}

export const electronStandIn = {
  app: {
    // Packaged: the driver in node_modules is used as is (here, the Node build).
    isPackaged: true,
    getPath: (name: string) => {
      if (name === 'documents') return recorded.userData
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
      return recorded.userData
    },
    getAppPath: () => process.cwd(),
    requestSingleInstanceLock: () => {
      recorded.singleInstanceLockRequested += 1
      return true
    },
    on: (event: string, listener: Listener) => recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), listener]),
    whenReady: () => readyPromise,
    quit: () => undefined,
    exit: () => undefined,
  },
  BrowserWindow: StandInWindow,
  ipcMain: {
    handle: (channel: string, handler: Listener) => {
      recorded.ipcRegistrations.push(channel)
      recorded.ipcHandlers.set(channel, handler)
    },
  },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: (hook: Listener) => recorded.headerHooks.push(hook) },
      setPermissionRequestHandler: (handler: Listener) => recorded.permissionHandlers.push(handler),
    },
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
    decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
  },
  powerMonitor: {
    on: (event: string, listener: Listener) =>
      recorded.powerListeners.set(event, [...(recorded.powerListeners.get(event) ?? []), listener]),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  dialog: {
    showErrorBox: (title: string, message: string) => recorded.errorBoxes.push([title, message]),
    // The user cancels every Save dialog here.
    showSaveDialog: (...args: unknown[]) => {
      recorded.saveDialogs.push(args)
      return Promise.resolve({ canceled: true, filePath: undefined })
    },
  },
  shell: { openExternal: () => Promise.resolve() },
}
