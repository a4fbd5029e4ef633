import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'

/** Writes an export and says where; null means the user cancelled (Electron's Save dialog). */
export type FileSaver = (suggestedName: string, bytes: Uint8Array) => Promise<string | null>

/**
 * A name safe on Windows, macOS and Linux: no path parts, no reserved
 * characters. Slashes become dashes rather than cutting the name, so
 * 'Hub / deep dive …' stays 'Hub - deep dive …' instead of 'deep dive …'.
 */
export function safeFileName(name: string): string {
  const withoutControl = [...name].map((char) => (char.charCodeAt(0) < 32 ? '-' : char)).join('')
  const cleaned = withoutControl
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
  // '.' and '..' name folders, not files.
  return cleaned === '' || /^\.+$/u.test(cleaned) ? 'export' : cleaned
}

/** Crash-safe write: a temporary file renamed into place, so a half-written export never looks complete. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.partial`
  writeFileSync(temp, bytes, { mode: 0o600 })
  renameSync(temp, path)
}

/**
 * Web mode and tests: exports go to a folder (no dialog there). An existing
 * file is never overwritten; a number is added instead.
 */
export function folderSaver(folder: string): FileSaver {
  return async (suggestedName, bytes) => {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    const name = safeFileName(suggestedName)
    const extension = extname(name)
    const stem = name.slice(0, name.length - extension.length)
    let path = join(folder, name)
    for (let n = 2; existsSync(path); n++) path = join(folder, `${stem} (${n})${extension}`)
    writeAtomically(path, bytes)
    return path
  }
}
