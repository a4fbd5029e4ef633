import { z } from 'zod'
import { requiredText } from '../common'

/**
 * Where contacts come from: a list an administrator keeps in Settings.
 * Entries hold the key, so a rename shows on old entries; a source is never
 * deleted, only retired (hidden from the form, kept where it was used).
 */
export interface TriageSourceView {
  key: string
  label: string
  active: boolean
  /** How many contacts came from it. */
  usedBy: number
}

/** Contacts from this source count towards escalation (3+ police incidents in 12 months), whatever it is called. */
export const POLICE_SOURCE = 'police'

const sourceKey = z.string({ error: 'Choose a source' }).trim().min(1, 'Choose a source').max(40)
const sourceLabel = requiredText('the name of the source', 60)

export const triageSourceListInput = z.object({ includeRetired: z.boolean().default(false) })
export const triageSourceCreateInput = z.object({ label: sourceLabel })
export const triageSourceRenameInput = z.object({ key: sourceKey, label: sourceLabel })
export const triageSourceSetActiveInput = z.object({ key: sourceKey, active: z.boolean() })

/** A key for a new source from its name ("Fire and rescue" → "fire_and_rescue"), not one already taken. */
export function newSourceKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 30) || 'source'
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
  return key
}
