import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(800).max(10000),
  height: z.number().int().min(600).max(10000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof windowStateSchema>

export const defaultWindowState: WindowState = { width: 1280, height: 860, maximized: false }

/** A missing or damaged file gives the default: a bad settings file never stops the app. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : defaultWindowState
  } catch {
    return defaultWindowState
  }
}

/** Crash-safe: write a temp file, then rename over the old one (atomic on one volume). */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(state), { mode: 0o600 })
  renameSync(temp, file)
}
