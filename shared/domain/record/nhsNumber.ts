import { z } from 'zod'

/** "943 476 5919" or "943-476-5919" → "9434765919". */
export const normaliseNhsNumber = (value: string): string => value.replace(/[\s-]/g, '')

/**
 * The NHS number's modulus 11 check: weights 10..2 over the first nine
 * digits; check digit = 11 − (sum mod 11), where 11 means 0 and 10 means the
 * number is invalid.
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value)
  if (!/^\d{10}$/.test(digits)) return false
  const sum = [...digits.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

export const nhsNumber = z
  .string()
  .trim()
  .transform(normaliseNhsNumber)
  .refine((value) => /^\d{10}$/.test(value), { message: 'NHS number must be 10 digits', abort: true })
  .refine((value) => isValidNhsNumber(value), "This NHS number's check digit is wrong: check for a typing error")
