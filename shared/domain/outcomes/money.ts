/**
 * Whole pence, half away from zero (2.5p → 3p, −2.5p → −3p). Call it once, on the
 * final figure: rounding each step would let errors add up across a cohort. The
 * value is first cleaned to a millionth of a penny so floating-point noise
 * (237.60000000000002, 2.4999999999997) cannot tip a true half the wrong way.
 */
export function roundPence(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError('Cannot round a money figure that is not a finite number')
  const magnitude = Math.round(Math.abs(value) * 1e6) / 1e6
  const rounded = Math.floor(magnitude + 0.5)
  return value < 0 && rounded !== 0 ? -rounded : rounded
}

/** "£1,234.56", "−£3.00": pence in, text out, for screens and reports alike. */
export function formatPence(pence: number): string {
  if (!Number.isInteger(pence)) throw new RangeError('Money is held in whole pence')
  const sign = pence < 0 ? '−' : ''
  const abs = Math.abs(pence)
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB')
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`
}
