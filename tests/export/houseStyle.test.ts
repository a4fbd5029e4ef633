import { describe, expect, it } from 'vitest'
import { buildActionTrackerDoc } from '../../electron/main/export/actionTracker'
import { buildCasePlanDoc } from '../../electron/main/export/casePlan'
import { contentWidth, pngSize } from '../../electron/main/export/houseStyle'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { buildRedactedMinutesDoc } from '../../electron/main/export/minutesRedacted'
import { columnWidths } from '../../electron/main/export/tables'
import type { Document } from 'docx'
import { readDocx, textOf } from '../helpers/docx'
import { makeCasePlanData, makeStyle, makeTrackerData } from '../helpers/documentBuilders'
import { makeLogoPng } from '../helpers/logoPng'
import { makeMinutesData } from '../helpers/standardMeeting'

const builders: Record<string, (style: ReturnType<typeof makeStyle>) => Document> = {
  minutes: (style) => buildMinutesDoc(makeMinutesData(), style),
  'redacted minutes': (style) => buildRedactedMinutesDoc(makeMinutesData(), { recipientAgency: 'GMFRS', receives: [] }, style).document,
  'case plan': (style) => buildCasePlanDoc(makeCasePlanData(), style),
  'action tracker': (style) => buildActionTrackerDoc(makeTrackerData(), style),
}

describe.each(Object.entries(builders))('house style: %s', (_name, build) => {
  it('sets table text in 9.5 pt through one Table text style, used by every cell', async () => {
    const docx = await readDocx(build(makeStyle()))
    expect(docx.allText).toMatch(/<w:style w:type="paragraph" w:styleId="TableText"[^>]*>[\s\S]*?<w:sz w:val="19"\/>[\s\S]*?<\/w:style>/u)
    const cells = docx.documentXml.match(/<w:tc>[\s\S]*?<\/w:tc>/gu) ?? []
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) expect(cell).toContain('<w:pStyle w:val="TableText"/>')
  })

  it('puts the protective marking in every header and every footer', async () => {
    const docx = await readDocx(build(makeStyle()))
    expect(docx.headers.length).toBeGreaterThanOrEqual(1)
    expect(docx.footers.length).toBeGreaterThanOrEqual(1)
    for (const part of [...docx.headers, ...docx.footers]) expect(textOf(part)).toContain('OFFICIAL-SENSITIVE')
    // Every header and footer the section uses is one of these parts.
    const references = [...docx.documentXml.matchAll(/<w:(header|footer)Reference [^>]*w:type="(\w+)"/gu)].map((m) => `${m[1]}:${m[2]}`)
    expect(references.sort()).toEqual(['footer:default', 'header:default'])
  })

  it('uses the configured marking instead of the default', async () => {
    const docx = await readDocx(build(makeStyle({ protectiveMarking: 'OFFICIAL' })))
    for (const part of [...docx.headers, ...docx.footers]) {
      expect(textOf(part)).toContain('OFFICIAL')
      expect(textOf(part)).not.toContain('OFFICIAL-SENSITIVE')
    }
    expect(docx.coreXml).toContain('<dc:subject>OFFICIAL</dc:subject>')
  })

  it('numbers pages "Page X of Y" with PAGE and NUMPAGES fields in the footer', async () => {
    const docx = await readDocx(build(makeStyle()))
    const footer = docx.footers.join('')
    expect(footer).toMatch(
      /Page <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]* of <\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/u,
    )
  })

  it('is A4 portrait with 2 cm side margins, in Arial, with Word heading styles', async () => {
    const docx = await readDocx(build(makeStyle()))
    expect(docx.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u)
    expect(docx.documentXml).toMatch(/<w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134"/u)
    expect(docx.allText).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/u)
    expect(docx.documentXml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(docx.documentXml).toContain('<w:pStyle w:val="Heading2"/>')
  })

  it('marks every table header row as a repeating header and gives tables explicit DXA widths', async () => {
    const docx = await readDocx(build(makeStyle()))
    const tables = [...docx.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map((m) => m[0])
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) {
      const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/u.exec(table)?.[0] ?? ''
      expect(firstRow).toContain('<w:tblHeader/>')
      expect(table).toContain(`<w:tblW w:type="dxa" w:w="${contentWidth}"/>`)
      expect(table).toContain('<w:tblLayout w:type="fixed"/>')
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]))
      expect(grid.reduce((a, b) => a + b, 0)).toBe(contentWidth)
      const cellWidths = [...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]))
      expect(cellWidths).toEqual(grid)
    }
  })

  it('sets the document title, creator and description', async () => {
    const docx = await readDocx(build(makeStyle()))
    expect(docx.coreXml).toMatch(/<dc:title>[^<]{10,}<\/dc:title>/u)
    expect(docx.coreXml).toMatch(/<dc:creator>[^<]+<\/dc:creator>/u)
    expect(docx.coreXml).toMatch(/<dc:description>[^<]+<\/dc:description>/u)
    expect(docx.coreXml).not.toContain('Un-named')
  })

  it('stamps the generation time (UK local time) at the top', async () => {
    const docx = await readDocx(build(makeStyle({ generatedAt: '2026-06-01T08:30:00Z' })))
    expect(docx.paragraphsText.some((text) => text.includes('Generated 1 June 2026 at 09:30'))).toBe(true)
  })

  it('draws the organisation name and logo, with alternative text', async () => {
    const docx = await readDocx(build(makeStyle({ logoPng: makeLogoPng(300, 100) })))
    expect(docx.partNames.some((name) => /^word\/media\/.+\.png$/u.test(name))).toBe(true)
    expect(docx.documentXml).toContain('descr="One Trafford Response – Stretford logo"')
    // 3:1 logo drawn 56 px high: 168 x 56 px in EMU.
    expect(docx.documentXml).toContain('<wp:extent cx="1600200" cy="533400"/>')
    expect(docx.paragraphsText).toContain('One Trafford Response – Stretford')
  })
})

describe('house style helpers', () => {
  it('splits the width so the columns add up exactly', () => {
    const widths = columnWidths([1, 1, 1], 1000)
    expect(widths).toEqual([333, 333, 334])
    expect(columnWidths([2.2, 1.6, 3.6, 1.5, 1.8]).reduce((a, b) => a + b, 0)).toBe(contentWidth)
  })

  it('reads a PNG size and refuses anything that is not a PNG', () => {
    expect(pngSize(makeLogoPng(180, 60))).toEqual({ width: 180, height: 60 })
    expect(() => pngSize(new TextEncoder().encode('GIF89a not a png at all'))).toThrow(/PNG/u)
  })
})
