import { describe, expect, it } from 'vitest'
import { chartImage } from '../../electron/main/export/chartImage'
import { chartSvg, escapeXml, niceScale } from '../../electron/main/export/chartSvg'
import { demandChart, directionChart, triageChart } from '../../shared/domain/outcomes/charts'
import type { TriageMonth } from '../../shared/domain/outcomes/triageMonths'

const month = (key: string, earlyHelp: number, total: number): TriageMonth => ({
  month: key,
  counts: { self_help: 0, early_help: earlyHelp, complex: total - earlyHelp, safeguarding: 0, nfa: 0 },
  total,
  earlyHelpShare: total === 0 ? null : earlyHelp / total,
})

describe('report charts as SVG and PNG', () => {
  it('rounds the axis to 1, 2 or 5 × 10ⁿ and never below one for counts', () => {
    expect(niceScale(0, true)).toEqual({ max: 4, step: 1 })
    expect(niceScale(3, true)).toEqual({ max: 3, step: 1 })
    expect(niceScale(15, true)).toEqual({ max: 15, step: 5 })
    expect(niceScale(37, true)).toEqual({ max: 40, step: 10 })
    expect(niceScale(2.5, false)).toEqual({ max: 3, step: 1 })
    expect(niceScale(0.3, false)).toEqual({ max: 0.3, step: 0.1 })
    expect(niceScale(0.31, false)).toEqual({ max: 0.4, step: 0.1 })
  })

  it('escapes labels, so "A&E attendances" cannot break the SVG', () => {
    expect(escapeXml('A&E <x> "q"')).toBe('A&amp;E &lt;x&gt; &quot;q&quot;')
    const { svg } = chartSvg(
      demandChart([{ kind: 'ae_attendance', before: 6, after: 1, beforePerMonth: 2, afterPerMonth: 0.5, avoided: 0.5 }], 3),
    )
    expect(svg).toContain('>A&amp;E attendances</text>')
    expect(svg).not.toContain('A&E')
  })

  it('writes the title, the summary, the legend and every value, with a texture for the second series', () => {
    const spec = triageChart([month('2024-02', 1, 2), month('2024-03', 1, 1)])
    const { svg, width } = chartSvg(spec)
    expect(width).toBe(640)
    expect(svg).toContain('<title>Triage decisions by month</title>')
    expect(svg).toContain(`<desc>${spec.summary}</desc>`)
    expect(svg).toContain('>Feb 2024</text>')
    expect(svg).toContain('>All decisions</text>')
    expect(svg).toContain('>Needed early help</text>')
    expect(svg).toContain('<pattern id="hatch-1d4f91"')
    expect(svg).toContain('fill="url(#hatch-1d4f91)"')
    // Four bars, each labelled with its value.
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="(#1d4f91|url\(#hatch-1d4f91\))"/gu)).toHaveLength(
      4 + 2,
    )
    for (const value of ['2', '1']) expect(svg).toContain(`text-anchor="middle">${value}</text>`)
  })

  it('renders a PNG twice the drawn size', () => {
    const spec = directionChart(
      [{ month: '2024-03', counts: { improving: 1, no_change: 1, worsening: 0 } }],
      { improving: 1, no_change: 1, worsening: 0 },
      2,
    )
    const image = chartImage(spec)
    expect([...image.png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const view = new DataView(image.png.buffer, image.png.byteOffset)
    expect(view.getUint32(16)).toBe(image.width * 2)
    expect(view.getUint32(20)).toBe(image.height * 2)
  })
})
