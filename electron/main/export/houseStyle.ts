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
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
  HeadingLevel,
  type IStylesOptions,
} from 'docx'
import { TextWatermark } from 'docx/watermarks'
import { BuilderElement, StringContainer, type XmlComponent } from 'docx'
import { demoNotice } from '../../../shared/domain/demo'
import { formatDateTime } from './format'
import {
  described,
  estimatePageCount,
  layoutOf,
  paragraphHeight,
  type BlockLayout,
  type LayoutRun,
  type PageArea,
  type ParagraphLayout,
} from './pageLayout'
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

/** Body text: 11 pt, 6 pt after, 1.1 lines. The styles and the page count both read these. */
const body = { size: 22, after: 120, line: 264 } as const
/** Heading styles 1-3; heading 2 has a rule under it (½ pt, 2 pt away). */
const headings = {
  1: { size: 32, before: 120, after: 160, rule: 0 },
  2: { size: 26, before: 360, after: 120, rule: 2 * 20 + 10 },
  3: { size: 22, before: 200, after: 80, rule: 0 },
} as const
const bulletIndent = 360
/** A notice's box: 1½ pt lines 4 pt from the text. */
const noticeBorder = 4 * 20 + 30

/** How a paragraph made here lays out, for the page count (pageLayout.ts). */
function layoutFor(runs: readonly LayoutRun[], options: Partial<Omit<ParagraphLayout, 'kind' | 'runs'>> = {}): ParagraphLayout {
  return {
    kind: 'paragraph',
    runs,
    markSize: body.size,
    before: 0,
    after: body.after,
    line: body.line,
    indent: 0,
    keepNext: false,
    keepLines: false,
    borderTop: 0,
    borderBottom: 0,
    ...options,
  }
}

/** An image in px (96 to the inch) is 15 twips a pixel. */
const twipsPerPixel = 15

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
  const headerPart = header(marking, shell.style.demo ? [demoNotice, shell.headerNote] : [shell.headerNote], shell.watermark)
  const estimate = pageEstimate(shell.children, headerPart.height)
  const pages = estimate.pages
  const document = new Document({
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
              style: { paragraph: { indent: { left: bulletIndent, hanging: 240 } } },
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
        headers: { default: headerPart.header },
        footers: { default: footer(marking, shell.footerLabel, pages) },
        children: shell.children,
      },
    ],
  })
  estimates.set(document, estimate)
  return document
}

/**
 * The pages the body fills (see pageLayout.ts). The header grows down into
 * the body when it is taller than the top margin (a note and a watermark
 * line make it so); the footer is always shorter than the bottom margin.
 */
function pageEstimate(children: readonly FileChild[], headerHeight: number): PageEstimate {
  const top = Math.max(page.marginTop, page.header + headerHeight)
  const area = { height: page.height - top - page.marginBottom, width: contentWidth }
  const fallback = layoutFor([{ text: '', size: body.size }])
  const blocks = children.map((child) => layoutOf(child) ?? fallback)
  return {
    pages: estimatePageCount(blocks, area),
    undescribed: children.filter((child) => layoutOf(child) === undefined).length,
    blocks,
    area,
  }
}

export interface PageEstimate {
  /** The page count cached in the footer's NUMPAGES field. */
  pages: number
  /** Blocks made outside the house-style helpers, counted as one line each (tests assert none). */
  undescribed: number
  blocks: readonly BlockLayout[]
  area: PageArea
}

const estimates = new WeakMap<Document, PageEstimate>()

/** How the page count of a document built here was worked out (for tests and the benchmark). */
export function pageEstimateOf(document: Document): PageEstimate | undefined {
  return estimates.get(document)
}

function header(
  marking: string,
  notes: ReadonlyArray<string | undefined>,
  watermark: string | undefined,
): { header: Header; height: number } {
  const lines = [marking, ...notes.filter((note): note is string => Boolean(note))]
  const children = lines.map((line) => centredBold(line, 20))
  let height = sum(lines.map((line) => paragraphHeight(centredLayout(line, 20), contentWidth)))
  if (watermark) {
    children.push(
      new Paragraph({
        children: [new TextWatermark({ text: watermark, font, color: 'BFBFBF', opacity: 0.3, bold: true })],
      }),
    )
    // The watermark's anchor paragraph is an empty line of body text; the last paragraph's space after does not push the body down.
    height += paragraphHeight(layoutFor([], { after: 0 }), contentWidth)
  }
  return { header: new Header({ children }), height }
}

/**
 * 'Page X of Y' as PAGE and NUMPAGES fields with cached results, as Word
 * writes them (issue 10): a reader that shows the stored text without laying
 * the pages out (a previewer, a mail client's preview, a search index) reads
 * 'Page 1 of 12'; Word, LibreOffice, Google Docs and Pages recalculate both
 * fields on every page when they lay it out.
 *
 * - PAGE sits in the one default footer every page shares, so Word stores the
 *   result of its first page there: '1'.
 * - NUMPAGES stores the document's page count, from our own estimator
 *   (pageLayout.ts, a few ms for the 40-case minutes, tests/bench/pageCount);
 *   docx's estimatePageNumbers took 20-30 s for the same minutes. The count is
 *   checked against LibreOffice's layout in tests/export/pageCount.test.ts.
 *
 * The fields are complex fields (begin, instruction, separate, result, end)
 * in the footer's 8 pt, never locked, so every reader that lays pages out
 * replaces the cached result.
 */
function footer(marking: string, label: string, pages: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { top: { style: 'single', size: 4, color: '808080', space: 4 } },
        children: [
          new TextRun({ text: label, size: footerSize }),
          new TextRun({ text: '\tPage ', size: footerSize }),
          ...field('PAGE', '1'),
          new TextRun({ text: ' of ', size: footerSize }),
          ...field('NUMPAGES', String(pages)),
        ],
      }),
      centredBold(marking, 20),
    ],
  })
}

const footerSize = 16

function fieldChar(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } })
}

/**
 * A field Word and LibreOffice update, with `cached` as its stored result.
 * The instruction is written without spaces around it, so it needs no
 * xml:space attribute.
 */
function field(instruction: string, cached: string): TextRun[] {
  return [
    new TextRun({ size: footerSize, children: [fieldChar('begin')] }),
    new TextRun({ size: footerSize, children: [new StringContainer('w:instrText', instruction)] }),
    new TextRun({ size: footerSize, children: [fieldChar('separate')] }),
    new TextRun({ text: cached, size: footerSize }),
    new TextRun({ size: footerSize, children: [fieldChar('end')] }),
  ]
}

function centredLayout(text: string, size: number): ParagraphLayout {
  return layoutFor([{ text, size, bold: true }], { after: 0 })
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

function centredBold(text: string, size: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, bold: true, size })],
  })
}

/** The paragraph style of table cells (9.5 pt, single spacing, none before or after). */
export const tableTextStyle = 'TableText'
export const tableText = { size: 19, line: 240 } as const

const styles: IStylesOptions = {
  default: {
    document: {
      run: { font, size: body.size, language: { value: 'en-GB' } },
      // lineRule spelled out: LibreOffice reads a bare w:line as exact and clips the logo.
      paragraph: { spacing: { after: body.after, line: body.line, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font, size: headings[1].size, bold: true, color: headingColour },
      paragraph: { spacing: { before: headings[1].before, after: headings[1].after }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font, size: headings[2].size, bold: true, color: headingColour },
      paragraph: {
        spacing: { before: headings[2].before, after: headings[2].after },
        keepNext: true,
        keepLines: true,
        border: { bottom: { style: 'single', size: 4, color: 'A6A6A6', space: 2 } },
      },
    },
    heading3: {
      run: { font, size: headings[3].size, bold: true, color: headingColour },
      paragraph: { spacing: { before: headings[3].before, after: headings[3].after }, keepNext: true, keepLines: true },
    },
  },
  // One style for every table cell instead of the same properties on each of thousands of paragraphs and runs: a 200-action export packs faster.
  paragraphStyles: [
    {
      id: tableTextStyle,
      name: 'Table text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: tableText.size },
      paragraph: { spacing: { before: 0, after: 0, line: tableText.line, lineRule: LineRuleType.AUTO } },
    },
  ],
}

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1]
  const spec = headings[level]
  return described(
    new Paragraph({ heading: headingLevel, children: [new TextRun(text)] }),
    layoutFor([{ text, size: spec.size, bold: true }], {
      before: spec.before,
      after: spec.after,
      borderBottom: spec.rule,
      keepNext: true,
      keepLines: true,
    }),
  )
}

export function paragraph(text: string, options: { bold?: boolean; italics?: boolean; size?: number; keepNext?: boolean } = {}): Paragraph {
  const { keepNext, ...run } = options
  return described(
    new Paragraph({ ...(keepNext ? { keepNext } : {}), children: [new TextRun({ text, ...run })] }),
    layoutFor([{ text, size: run.size ?? body.size, bold: run.bold ?? false }], { keepNext: keepNext ?? false }),
  )
}

/** A paragraph holding one image (a logo, a chart), `width` × `height` pixels. */
export function imageParagraph(image: ImageRun, height: number, options: { keepNext?: boolean; after?: number } = {}): Paragraph {
  return described(
    new Paragraph({
      ...(options.keepNext ? { keepNext: true } : {}),
      ...(options.after !== undefined ? { spacing: { after: options.after } } : {}),
      children: [image],
    }),
    layoutFor([], {
      imageHeight: height * twipsPerPixel,
      keepNext: options.keepNext ?? false,
      after: options.after ?? body.after,
    }),
  )
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
  return described(
    new Paragraph({
      spacing: { after: 60 },
      keepNext: options.keepNext ?? false,
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
    }),
    layoutFor(
      [
        { text: `${label}: `, size: body.size, bold: true },
        { text: value, size: body.size },
      ],
      { after: 60, keepNext: options.keepNext ?? false },
    ),
  )
}

/** A real Word bulleted list (screen readers announce it as a list). */
export function bullets(items: readonly string[], emptyText = 'None recorded.'): Paragraph[] {
  if (items.length === 0) return [paragraph(emptyText, { italics: true })]
  return items.map((item) =>
    described(
      new Paragraph({ numbering: { reference: bulletReference, level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }),
      layoutFor([{ text: item, size: body.size }], { after: 60, indent: bulletIndent }),
    ),
  )
}

/** A boxed notice, e.g. the DRAFT marking or the redaction notice. */
export function notice(lines: readonly string[]): Paragraph[] {
  const border = { style: 'single' as const, size: 12, color: '404040', space: 4 }
  return lines.map((line, index) => {
    const first = index === 0
    const last = index === lines.length - 1
    return described(
      new Paragraph({
        border: {
          left: border,
          right: border,
          ...(first ? { top: border } : {}),
          ...(last ? { bottom: border } : {}),
        },
        shading: { type: 'clear', color: 'auto', fill: 'F2F2F2' },
        spacing: { before: 0, after: last ? 200 : 0 },
        children: [new TextRun({ text: line, bold: first })],
      }),
      // The side lines sit 4 pt outside the text, so the text is 4 pt narrower on each side.
      layoutFor([{ text: line, size: body.size, bold: first }], {
        after: last ? 200 : 0,
        indent: 2 * noticeBorder,
        borderTop: first ? noticeBorder : 0,
        borderBottom: last ? noticeBorder : 0,
      }),
    )
  })
}

/** Generated at / version / by: so a printed copy can be matched to its record. */
export function versionStamp(style: HouseStyle, version: string, by: string): Paragraph {
  const text = `${version} · Generated ${formatDateTime(style.generatedAt)} by ${by}`
  return described(
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text, size: 18, color: '404040' })],
    }),
    layoutFor([{ text, size: 18 }], { after: 240 }),
  )
}

/** Organisation name with its logo (when Settings has one) at the top of the first page. */
export function organisationBlock(style: HouseStyle): Paragraph[] {
  const blocks: Paragraph[] = []
  if (style.logoPng && style.logoPng.length > 0) {
    const { width, height } = pngSize(style.logoPng)
    const drawHeight = 56
    blocks.push(
      imageParagraph(
        new ImageRun({
          type: 'png',
          data: style.logoPng,
          transformation: { width: Math.max(1, Math.round((width / height) * drawHeight)), height: drawHeight },
          altText: { name: 'Logo', title: 'Logo', description: `${style.organisationName} logo` },
        }),
        drawHeight,
        { after: 60 },
      ),
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
