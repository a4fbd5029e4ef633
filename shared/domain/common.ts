import { z } from 'zod'

/** Dates that only matter to the day are ISO `YYYY-MM-DD` strings. */
export const isoDate = z
  .string({ error: 'Enter a date' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as DD/MM/YYYY, for example 15/01/2027')
  .refine((value) => isRealDate(value), 'Enter a real date, for example 15/01/2027')

export const id = z.uuid({ error: 'Not a valid record id' })

/**
 * NUL and the other C0 control characters (tab, line feed and carriage
 * return excepted) and DEL: invisible, and SQLite's text functions stop at a
 * NUL, so a name of only NULs passes a length check here and fails the
 * database's. They never belong in what a person types.
 */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true
  }
  return false
}

/** Half of a UTF-16 surrogate pair on its own: SQLite would silently store U+FFFD instead. */
export function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return true
    } else if (code >= 0xdc00 && code <= 0xdfff) return true
  }
  return false
}

/**
 * Every text input starts here: trimmed, and refused (never altered) when it
 * holds characters that cannot be stored as typed.
 */
export function storableText(label: string, options: { required?: boolean } = {}) {
  // "a case title" reads as "The case title contains…".
  const named = /^(a|an|the) /.test(label) ? `The ${label.replace(/^(a|an|the) /, '')}` : capitalise(label)
  return z
    .string(options.required ? { error: `Enter ${label}` } : undefined)
    .refine((value) => !hasControlCharacter(value), `${named} contains an invisible control character; remove it or retype the text`)
    .refine((value) => !hasLoneSurrogate(value), `${named} contains a broken character (half of an emoji or symbol); retype it`)
    .trim()
}

export function requiredText(label: string, max: number) {
  return storableText(label, { required: true })
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
}

export function optionalText(label: string, max: number) {
  return storableText(label)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
    .default('')
}

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  if (y === undefined || m === undefined || d === undefined) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
