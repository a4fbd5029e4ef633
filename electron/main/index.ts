/** Lifecycle only: one instance, open the data, wire the contract, show the window. */
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, safeStorage, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { startServices, type AppServices } from './appServices'
import { DATA_CHANGED_EVENT, type DataChanged } from '../../shared/events'
import { registerIpc } from './ipc/register'
import { loadOrCreateDatabaseKey } from './keyStore'
import { consoleLogger, describeError } from './log'
import { electronNativeBinding } from './nativeBinding'
import { watchPower } from './powerLock'
import { dialogSaver } from './saveDialog'
import { applyContentSecurityPolicy, createMainWindow, preloadPathFrom, rendererFileFrom } from './window'

const mainDir = fileURLToPath(new URL('.', import.meta.url))
const rendererUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null
const rendererFile = rendererFileFrom(mainDir)
let services: AppServices | null = null

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? ''
  return rendererUrl ? url.startsWith(new URL(rendererUrl).origin) : url.startsWith(pathToFileURL(rendererFile).href)
}

/** A DataChanged to every open window, but the one whose own call's result already carries it. */
function pushToWindows(event: DataChanged, except?: WebContents): void {
  for (const window of BrowserWindow.getAllWindows())
    if (!window.isDestroyed() && window.webContents !== except) window.webContents.send(DATA_CHANGED_EVENT, event)
}

let startDailyBackup: ReturnType<typeof startServices>['startDailyBackup'] | null = null

function start(): void {
  const userData = app.getPath('userData')
  try {
    const keyHex = loadOrCreateDatabaseKey(join(userData, 'database.key'), safeStorage)
    // A packaged app has its driver rebuilt for Electron in place; from a
    // checkout, `npm start` keeps a separate Electron-ABI copy.
    const nativeBinding = app.isPackaged ? undefined : electronNativeBinding(app.getAppPath(), process.versions.modules)
    const started = startServices({ dataDir: userData, keyHex, nativeBinding, saveFile: dialogSaver })
    startDailyBackup = started.startDailyBackup
    services = started.services
    applyContentSecurityPolicy()
    // Every other window refetches what changed; the sender has it with its result.
    registerIpc(ipcMain, started.boundary, consoleLogger, isTrustedSender, pushToWindows)
    watchPower(powerMonitor, started.services, consoleLogger)
  } catch (error) {
    consoleLogger.error('startup', 'startup', error)
    dialog.showErrorBox(
      'Roundtable could not start',
      `${error instanceof Error ? error.message : 'Unknown error'}\n\nNo data has been changed.`,
    )
    console.error(describeError(error))
    app.exit(1)
    return
  }
  const openWindow = () =>
    createMainWindow({ preloadPath: preloadPathFrom(mainDir), rendererUrl, rendererFile, stateFile: join(userData, 'window-state.json') })
  const first = openWindow()
  // The daily backup once the window is usable: in a worker, never blocking a query.
  // Every window hears it start and end, and reads the backup status and list again.
  first.webContents.once('did-finish-load', () => void startDailyBackup?.((event) => pushToWindows(event)))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => services?.db.close())
  void app.whenReady().then(start)
}
