/**
 * The house style every export shares: A4 portrait, Arial, Word heading
 * styles (so the navigation pane and a table of contents work), the
 * protective marking in every header and footer, "Page X of Y", a version
 * stamp and the document properties.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
  HeadingLevel,
  type IStylesOptions,
} from 'docx'
import { TextWatermark } from 'docx/watermarks'
import { demoNotice } from '../../../shared/domain/demo'
import { formatDateTime } from './format'
import type { HouseStyle } from './types'

export const defaultMarking = 'OFFICIAL-SENSITIVE'

/** A4 in twentieths of a point (DXA), with 2 cm side margins. */
export const page = {
  width: 11906,
  height: 16838,
  marginSide: 1134,
  marginTop: 1418,
  marginBottom: 1418,
  header: 567,
  footer: 567,
} as const

/** Usable width between the margins; tables are sized to exactly this. */
export const contentWidth = page.width - 2 * page.marginSide

const font = 'Arial'
const headingColour = '1F3864'
const bulletReference = 'roundtable-bullets'

export function markingOf(style: HouseStyle): string {
  const marking = style.protectiveMarking?.trim()
  return marking ? marking : defaultMarking
}

export interface DocumentShell {
  style: HouseStyle
  /** docProps title; also the first line of the footer. */
  title: string
  description: string
  keywords: string
  /** docProps creator and last-modified-by. */
  creator: string
  /** Short name and version for the footer, e.g. 'Minutes v2 – weekly case meeting 12 March 2026'. */
  footerLabel: string
  /** A second header line under the marking, e.g. 'REDACTED MINUTES – for circulation'. */
  headerNote?: string
  /** Diagonal watermark text behind every page, e.g. 'DRAFT'. */
  watermark?: string
  children: FileChild[]
}

export function buildDocument(shell: DocumentShell): Document {
  const marking = markingOf(shell.style)
  return new Document({
    title: shell.title,
    description: shell.description,
    keywords: shell.keywords,
    subject: marking,
    creator: shell.creator,
    lastModifiedBy: shell.creator,
    styles,
    numbering: {
      config: [
        {
          reference: bulletReference,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: page.marginTop,
              bottom: page.marginBottom,
              left: page.marginSide,
              right: page.marginSide,
              header: page.header,
              footer: page.footer,
            },
          },
        },
        headers: { default: header(marking, shell.style.demo ? [demoNotice, shell.headerNote] : [shell.headerNote], shell.watermark) },
        footers: { default: footer(marking, shell.footerLabel) },
        children: shell.children,
      },
    ],
  })
}

function header(marking: string, notes: ReadonlyArray<string | undefined>, watermark: string | undefined): Header {
  const children = [centredBold(marking, 20)]
  for (const note of notes) if (note) children.push(centredBold(note, 20))
  if (watermark) {
    children.push(
      new Paragraph({
        children: [new TextWatermark({ text: watermark, font, color: 'BFBFBF', opacity: 0.3, bold: true })],
      }),
    )
  }
  return new Header({ children })
}

/**
 * 'Page X of Y' as PAGE and NUMPAGES fields, without cached results, on
 * purpose (issue 10 asked for cached values; measured 2026-12-03):
 *
 * - PAGE sits in the one default footer every page shares, so any single
 *   cached value ('1') would be wrong on every page but one; a wrong page
 *   number is worse than none. docx 9 has no per-page result for it.
 * - NUMPAGES can be given one: docx 9.15 fills it when the Document gets
 *   `pageNumbers: estimatePageNumbers` (from 'docx/layout'), which lays the
 *   pages out as Word would. For the 40-case minutes that took 20-30 s
 *   against 2-3 s for the whole export without it (same machine), far over
 *   the one-second target, so it is not used. `new SimpleField('NUMPAGES',
 *   cached)` would take a count we cannot know without that layout.
 *
 * Word, LibreOffice, Google Docs and Pages work both fields out when they lay
 * the pages out; a reader that shows no pages shows 'Page  of '. Revisit if
 * docx's estimator gets fast enough to run on every export.
 */
function footer(marking: string, label: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { top: { style: 'single', size: 4, color: '808080', space: 4 } },
        children: [
          new TextRun({ text: label, size: 16 }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
      centredBold(marking, 20),
    ],
  })
}

function centredBold(text: string, size: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: true, size })],
  })
}

/** The paragraph style of table cells (9.5 pt, no spacing). */
export const tableTextStyle = 'TableText'

const styles: IStylesOptions = {
  default: {
    document: {
      run: { font, size: 22, language: { value: 'en-GB' } },
      // lineRule spelled out: LibreOffice reads a bare w:line as exact and clips the logo.
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font, size: 32, bold: true, color: headingColour },
      paragraph: { spacing: { before: 120, after: 160 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font, size: 26, bold: true, color: headingColour },
      paragraph: {
        spacing: { before: 360, after: 120 },
        keepNext: true,
        keepLines: true,
        border: { bottom: { style: 'single', size: 4, color: 'A6A6A6', space: 2 } },
      },
    },
    heading3: {
      run: { font, size: 22, bold: true, color: headingColour },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
  },
  // One style for every table cell instead of the same properties on each of thousands of paragraphs and runs: a 200-action export packs faster.
  paragraphStyles: [
    {
      id: tableTextStyle,
      name: 'Table text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 19 },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1]
  return new Paragraph({ heading: headingLevel, children: [new TextRun(text)] })
}

export function paragraph(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })] })
}

/**
 * Typed text as Word paragraphs, one per line the user typed: a text run
 * holding a newline renders as one block in Word. `prefix` starts the first.
 */
export function textParagraphs(text: string, prefix = ''): Paragraph[] {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length === 0) return prefix ? [paragraph(prefix.trim())] : []
  return lines.map((line, index) => paragraph(index === 0 ? `${prefix}${line}` : line))
}

/** 'Label: value' on one line, the label in bold. */
export function labelled(label: string, value: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 60 },
    keepNext: options.keepNext ?? false,
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  })
}

/** A real Word bulleted list (screen readers announce it as a list). */
export function bullets(items: readonly string[], emptyText = 'None recorded.'): Paragraph[] {
  if (items.length === 0) return [paragraph(emptyText, { italics: true })]
  return items.map(
    (item) => new Paragraph({ numbering: { reference: bulletReference, level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }),
  )
}

/** A boxed notice, e.g. the DRAFT marking or the redaction notice. */
export function notice(lines: readonly string[]): Paragraph[] {
  const border = { style: 'single' as const, size: 12, color: '404040', space: 4 }
  return lines.map(
    (line, index) =>
      new Paragraph({
        border: {
          left: border,
          right: border,
          ...(index === 0 ? { top: border } : {}),
          ...(index === lines.length - 1 ? { bottom: border } : {}),
        },
        shading: { type: 'clear', color: 'auto', fill: 'F2F2F2' },
        spacing: { before: 0, after: index === lines.length - 1 ? 200 : 0 },
        children: [new TextRun({ text: line, bold: index === 0 })],
      }),
  )
}

/** Generated at / version / by: so a printed copy can be matched to its record. */
export function versionStamp(style: HouseStyle, version: string, by: string): Paragraph {
  return new Paragraph({
    spacing: { after: 240 },
    children: [new TextRun({ text: `${version} · Generated ${formatDateTime(style.generatedAt)} by ${by}`, size: 18, color: '404040' })],
  })
}

/** Organisation name with its logo (when Settings has one) at the top of the first page. */
export function organisationBlock(style: HouseStyle): Paragraph[] {
  const blocks: Paragraph[] = []
  if (style.logoPng && style.logoPng.length > 0) {
    const { width, height } = pngSize(style.logoPng)
    const drawHeight = 56
    blocks.push(
      new Paragraph({
        spacing: { after: 60 },
        children: [
          new ImageRun({
            type: 'png',
            data: style.logoPng,
            transformation: { width: Math.max(1, Math.round((width / height) * drawHeight)), height: drawHeight },
            altText: { name: 'Logo', title: 'Logo', description: `${style.organisationName} logo` },
          }),
        ],
      }),
    )
  }
  blocks.push(paragraph(style.organisationName, { bold: true, size: 24 }))
  return blocks
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Reads width and height from the PNG header so the logo keeps its proportions. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isPng = pngSignature.every((byte, index) => bytes[index] === byte) && bytes.length >= 24
  if (!isPng) throw new Error('The organisation logo must be a PNG image')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  if (width === 0 || height === 0) throw new Error('The organisation logo has no size')
  return { width, height }
}
