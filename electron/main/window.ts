import { join } from 'node:path'
import { BrowserWindow, screen, session, shell, type WebPreferences } from 'electron'
import icon from '../../resources/icon.png?asset'
import { CONTENT_SECURITY_POLICY } from './security'
import { loadWindowState, saveWindowState } from './windowState'

/** The renderer runs sandboxed with no Node: it can reach only the preload's contract. */
export const secureWebPreferences = (preloadPath: string): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: true,
})

/** Headers on every response the renderer loads: the CSP, enforced by Chromium. */
export function applyContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
  // No camera, microphone, notifications or geolocation: deny every permission request.
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
}

export function createMainWindow(options: {
  preloadPath: string
  rendererUrl: string | null
  rendererFile: string
  stateFile: string
}): BrowserWindow {
  const state = loadWindowState(options.stateFile)
  const { x, y } = state
  // A remembered position on a monitor that has since been unplugged would open the window off screen.
  const onScreen =
    x !== undefined &&
    y !== undefined &&
    screen.getAllDisplays().some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height)

  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(onScreen ? { x, y } : {}),
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Roundtable',
    // Windows and Linux show it in the taskbar; macOS takes the app bundle's icon.
    icon,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  if (state.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  // Never navigate away from the app, and never open new windows inside it.
  // Links to the web (e.g. guidance) open in the user's browser instead.
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== window.webContents.getURL()) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })

  const remember = () => {
    if (window.isDestroyed()) return
    const bounds = window.getNormalBounds()
    try {
      saveWindowState(options.stateFile, { ...bounds, maximized: window.isMaximized() })
    } catch {
      // A read-only profile folder must not stop the window closing; the
      // next start simply uses the default size.
    }
  }
  // Also after each move or resize settles, so a crash or power cut keeps it.
  let settle: ReturnType<typeof setTimeout> | undefined
  const rememberSoon = () => {
    clearTimeout(settle)
    settle = setTimeout(remember, 500)
  }
  window.on('resize', rememberSoon)
  window.on('move', rememberSoon)
  window.on('maximize', rememberSoon)
  window.on('unmaximize', rememberSoon)
  window.on('close', () => {
    clearTimeout(settle)
    remember()
  })

  if (options.rendererUrl) void window.loadURL(options.rendererUrl)
  else void window.loadFile(options.rendererFile)
  return window
}

export const preloadPathFrom = (mainDir: string) => join(mainDir, '../preload/index.cjs')
export const rendererFileFrom = (mainDir: string) => join(mainDir, '../renderer/index.html')
