/**
 * A report chart as SVG, for the board report's images: the same spec the screen
 * draws (shared/domain/outcomes/charts.ts), the house colours, a texture as well as a
 * colour for each series, a legend and every value written on its bar. Pure:
 * a spec in, a string out; chartImage.ts turns it into a PNG.
 */
import type { ChartFill, ChartSeries, ChartSpec } from '../../../shared/domain/outcomes/charts'

const font = "Arial, 'Liberation Sans', Helvetica, sans-serif"
const ink = '#0b0c0c'
const grid = '#b1b4b6'
export const chartWidth = 640

/** Escapes text for an SVG text node or attribute ("A&E attendances"). */
export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&apos;')
}

/** A rough width for Arial-like text: enough to decide what fits, never for placing glyphs. */
const textWidth = (text: string, size: number): number => text.length * size * 0.56

const fmt = (value: number, decimals: number): string => value.toFixed(decimals)

/** The axis ticks, 0 to max, each with its label to as many places as the step needs. */
function ticks(scale: { max: number; step: number }): Array<{ value: number; label: string }> {
  const places = Math.min(3, (String(scale.step).split('.')[1] ?? '').length)
  const count = Math.round(scale.max / scale.step)
  return Array.from({ length: count + 1 }, (_, i) => ({ value: i * scale.step, label: fmt(i * scale.step, places) }))
}

/** A round axis maximum and step (1, 2 or 5 × 10ⁿ), never below 1 for whole counts. */
export function niceScale(max: number, wholeNumbers: boolean): { max: number; step: number } {
  if (max <= 0) return { max: wholeNumbers ? 4 : 1, step: wholeNumbers ? 1 : 0.25 }
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power
  const whole = wholeNumbers ? Math.max(1, Math.ceil(step)) : step
  // toPrecision drops float dust (0.30000000000000004) from the product.
  return { max: Number((Math.ceil(max / whole - 1e-9) * whole).toPrecision(12)), step: Number(whole.toPrecision(12)) }
}

const patternId = (fill: ChartFill, colour: string) => `${fill}-${colour.replace('#', '')}`

function patterns(series: readonly ChartSeries[]): string {
  const seen = new Set<string>()
  const defs: string[] = []
  for (const item of series) {
    const id = patternId(item.fill, item.colour)
    if (item.fill === 'solid' || seen.has(id)) continue
    seen.add(id)
    defs.push(
      item.fill === 'hatch'
        ? `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${item.colour}"/></pattern>`
        : `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="2" fill="${item.colour}"/></pattern>`,
    )
  }
  return defs.length > 0 ? `<defs>${defs.join('')}</defs>` : ''
}

const paint = (item: ChartSeries) => (item.fill === 'solid' ? item.colour : `url(#${patternId(item.fill, item.colour)})`)

function text(
  x: number,
  y: number,
  content: string,
  options: { size?: number; anchor?: 'start' | 'middle' | 'end'; weight?: 'bold' } = {},
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${font}" font-size="${options.size ?? 11}" fill="${ink}" text-anchor="${options.anchor ?? 'start'}"${options.weight ? ` font-weight="${options.weight}"` : ''}>${escapeXml(content)}</text>`
}

/** The legend under the title, wrapping onto more rows if it must; returns its height. */
function legend(series: readonly ChartSeries[], top: number): { svg: string; height: number } {
  const parts: string[] = []
  let x = 12
  let y = top
  for (const item of series) {
    const width = 18 + textWidth(item.name, 11) + 18
    if (x + width > chartWidth - 12 && x > 12) {
      x = 12
      y += 18
    }
    parts.push(
      `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${paint(item)}" stroke="${item.colour}" stroke-width="1"/>`,
      text(x + 18, y, item.name),
    )
    x += width
  }
  return { svg: parts.join(''), height: y - top + 18 }
}

/** Splits a label into lines that fit `width`, at spaces. */
function wrap(label: string, width: number, size: number): string[] {
  const lines: string[] = []
  for (const word of label.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

export interface ChartSvg {
  svg: string
  width: number
  height: number
}

export function chartSvg(spec: ChartSpec): ChartSvg {
  return spec.orientation === 'columns' ? columns(spec) : bars(spec)
}

function frame(spec: ChartSpec, height: number, body: string): ChartSvg {
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chartWidth}" height="${height}" viewBox="0 0 ${chartWidth} ${height}" role="img">`,
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.summary)}</desc>`,
    patterns(spec.series),
    `<rect width="${chartWidth}" height="${height}" fill="#ffffff"/>`,
    text(12, 20, spec.title, { size: 14, weight: 'bold' }),
    body,
    '</svg>',
  ].join('')
  return { svg, width: chartWidth, height }
}

/** Months along the bottom, a column per series in each. */
function columns(spec: ChartSpec): ChartSvg {
  const key = legend(spec.series, 42)
  const top = 42 + key.height + 12
  const left = 44
  const right = chartWidth - 12
  const plotHeight = 200
  const bottom = top + plotHeight
  const count = Math.max(1, spec.categories.length)
  const band = (right - left) / count
  const labelLines = spec.categories.map((label) => wrap(label, band - 4, 10))
  const linesNeeded = Math.max(1, ...labelLines.map((lines) => lines.length))
  // Too narrow even wrapped: label every nth category (the table beside has them all).
  const every = Math.max(
    1,
    Math.ceil(Math.max(...spec.categories.map((label) => Math.max(...label.split(' ').map((word) => textWidth(word, 10))))) / (band - 4)),
  )
  const height = bottom + 14 + linesNeeded * 12 + 8
  const values = spec.series.flatMap((item) => item.values)
  const scale = niceScale(Math.max(0, ...values), spec.decimals === 0)
  const y = (value: number) => bottom - (value / scale.max) * plotHeight
  const parts: string[] = []
  for (const tick of ticks(scale)) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${y(tick.value).toFixed(1)}" y2="${y(tick.value).toFixed(1)}" stroke="${grid}" stroke-width="1" stroke-dasharray="3 3"/>`,
      text(left - 6, y(tick.value) + 4, tick.label, { size: 10, anchor: 'end' }),
    )
  }
  const group = band * 0.8
  const barWidth = group / Math.max(1, spec.series.length)
  spec.categories.forEach((_, index) => {
    const start = left + index * band + (band - group) / 2
    spec.series.forEach((item, s) => {
      const value = item.values[index] ?? 0
      const x = start + s * barWidth
      parts.push(
        `<rect x="${(x + 1).toFixed(1)}" y="${y(value).toFixed(1)}" width="${Math.max(1, barWidth - 2).toFixed(1)}" height="${(bottom - y(value)).toFixed(1)}" fill="${paint(item)}" stroke="${item.colour}" stroke-width="1"/>`,
      )
      const label = fmt(value, spec.decimals)
      if (textWidth(label, 9) <= barWidth + 2) parts.push(text(x + barWidth / 2, y(value) - 3, label, { size: 9, anchor: 'middle' }))
    })
    if (index % every === 0) {
      const lines = every > 1 ? [spec.categories[index] ?? ''] : (labelLines[index] ?? [])
      lines.forEach((line, l) =>
        parts.push(text(left + index * band + band / 2, bottom + 14 + l * 12, line, { size: 10, anchor: 'middle' })),
      )
    }
  })
  parts.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${ink}" stroke-width="1"/>`)
  return frame(spec, height, key.svg + parts.join(''))
}

/** Long category names down the left, a bar per series across. */
function bars(spec: ChartSpec): ChartSvg {
  const key = legend(spec.series, 42)
  const top = 42 + key.height + 8
  const labelWidth = Math.min(220, Math.max(60, ...spec.categories.map((label) => textWidth(label, 10)))) + 12
  const left = 12 + labelWidth
  const right = chartWidth - 40
  const barHeight = 12
  const band = spec.series.length * barHeight + 12
  const bottom = top + Math.max(1, spec.categories.length) * band
  const height = bottom + 28
  const values = spec.series.flatMap((item) => item.values)
  const scale = niceScale(Math.max(0, ...values), spec.decimals === 0)
  const x = (value: number) => left + (value / scale.max) * (right - left)
  const parts: string[] = []
  for (const tick of ticks(scale)) {
    parts.push(
      `<line x1="${x(tick.value).toFixed(1)}" x2="${x(tick.value).toFixed(1)}" y1="${top}" y2="${bottom}" stroke="${grid}" stroke-width="1" stroke-dasharray="3 3"/>`,
      text(x(tick.value), bottom + 16, tick.label, { size: 10, anchor: 'middle' }),
    )
  }
  spec.categories.forEach((label, index) => {
    const start = top + index * band + 6
    parts.push(text(left - 8, start + (band - 12) / 2 + 4, label, { size: 10, anchor: 'end' }))
    spec.series.forEach((item, s) => {
      const value = item.values[index] ?? 0
      const y = start + s * barHeight
      parts.push(
        `<rect x="${left}" y="${y + 1}" width="${Math.max(0, x(value) - left).toFixed(1)}" height="${barHeight - 2}" fill="${paint(item)}" stroke="${item.colour}" stroke-width="1"/>`,
        text(x(value) + 4, y + barHeight - 2, fmt(value, spec.decimals), { size: 9 }),
      )
    })
  })
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="${ink}" stroke-width="1"/>`)
  return frame(spec, height, key.svg + parts.join(''))
}
