import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/**
 * The real desktop window. Needs the Electron binary (downloaded by
 * `npm start` on a machine with internet) and the Electron database driver
 * in native/electron/. Where either is missing, this reports itself skipped.
 */
const electronDir = join(process.cwd(), 'node_modules', 'electron')
const pathFile = join(electronDir, 'path.txt')
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null
const driverReady = existsSync(join(process.cwd(), 'native', 'electron', 'abi.json'))

test.skip(
  !binary || !existsSync(binary),
  'Skipped: the Electron binary is not installed on this machine (run `npm start` once with internet access).',
)
test.skip(!driverReady, 'Skipped: the Electron build of the database driver is missing (run `npm start` once with internet access).')

test('the desktop window opens sandboxed and shows first-run set-up', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'roundtable-electron-'))
  const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.', `--user-data-dir=${userData}`] })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('heading', { name: 'Set up Roundtable' })).toBeVisible()
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(
      await window.evaluate(() => Object.keys((window as unknown as { roundtable: object }).roundtable).includes('cases:create')),
    ).toBe(true)
  } finally {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  }
})
