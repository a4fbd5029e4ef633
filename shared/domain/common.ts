import { z } from 'zod'

/** Dates that only matter to the day are ISO `YYYY-MM-DD` strings. */
export const isoDate = z
  .string({ error: 'Enter a date' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as DD/MM/YYYY, for example 15/01/2027')
  .refine((value) => isRealDate(value), 'Enter a real date, for example 15/01/2027')

export const id = z.uuid({ error: 'Not a valid record id' })

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
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
