/**
 * A report chart as a PNG for Word: the SVG from chartSvg.ts rendered by resvg at
 * twice its size (sharp in print), with the size it is drawn at on the page.
 */
import { Resvg } from '@resvg/resvg-js'
import type { ChartSpec } from '../../../shared/domain/outcomes/charts'
import { chartSvg } from './chartSvg'

export interface ChartImage {
  png: Uint8Array
  /** Drawn size in pixels (96 to the inch): the page's content width. */
  width: number
  height: number
}

export function chartImage(spec: ChartSpec): ChartImage {
  const { svg, width, height } = chartSvg(spec)
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Arial' },
  }).render()
  return { png: new Uint8Array(rendered.asPng()), width, height }
}
