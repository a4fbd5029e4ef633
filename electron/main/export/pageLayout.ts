/**
 * A fast page count for the exported documents, so the footer's NUMPAGES
 * field can carry the real number of pages as its cached result (issue 10):
 * a reader that shows fields without laying the pages out (a previewer, a
 * mail client, a search index) then reads 'Page 1 of 12', not 'Page  of '.
 * Word and LibreOffice still work the fields out themselves.
 *
 * docx's own estimatePageNumbers lays out the whole XML tree and took
 * 20-30 s for the 40-case minutes. This one knows only what the house-style
 * helpers tell it: each block they make is described here (its runs, font
 * size, spacing, keep-with-next, borders, table column widths and row
 * rules), and the count is laid out from those descriptions alone:
 *
 * - lines are broken greedily at spaces and after hyphens, measured with
 *   Arial's advance widths (Liberation Sans, which LibreOffice uses for
 *   Arial, has the same metrics);
 * - a line is the font's height (ascent + descent + line gap, 1.15 em) times the
 *   paragraph's line spacing;
 * - between paragraphs the larger of the space after and the space before
 *   is kept, and none at the top of a page (LibreOffice's layout of these
 *   documents, measured);
 * - keep-with-next chains move to the next page when they would not fit,
 *   keep-lines paragraphs and rows that cannot split move whole, and a
 *   table's header row repeats on every page it continues on.
 *
 * Checked against LibreOffice's own layout in tests/export/pageCount.test.ts.
 */

/** A stretch of text in one weight and size (size in half-points, as in docx). */
export interface LayoutRun {
  text: string
  size: number
  bold?: boolean
}

export interface ParagraphLayout {
  kind: 'paragraph'
  runs: readonly LayoutRun[]
  /** The size of the paragraph mark (half-points): the height of an empty paragraph. */
  markSize: number
  /** Twips. */
  before: number
  after: number
  /** Line spacing in 240ths of a line ('auto' rule): 240 single, 264 is 1.1 lines. */
  line: number
  /** Left indent, twips. */
  indent: number
  keepNext: boolean
  keepLines: boolean
  /** Height the borders add above and below the text (space + line width), twips. */
  borderTop: number
  borderBottom: number
  /** An inline image's height in twips: the paragraph is one line that tall. */
  imageHeight?: number
}

export interface TableLayout {
  kind: 'table'
  columnWidths: readonly number[]
  /** Rows of cells, each cell its lines; the first row is the repeated header. */
  rows: ReadonlyArray<{ cells: ReadonlyArray<{ lines: readonly string[]; bold: boolean }>; minHeight: number }>
  /** The cells' font size in half-points and line spacing in 240ths. */
  size: number
  line: number
  /** Cell margins, twips. */
  marginTop: number
  marginBottom: number
  marginSide: number
  /** Border width, twips. */
  border: number
}

export type BlockLayout = ParagraphLayout | TableLayout

/**
 * A table carried on to a new page starts this far below the top of the body
 * (twips): measured in LibreOffice's PDF, the repeated header row sits 2½ pt
 * lower than a paragraph starting a page.
 */
const continuedTableTop = 50

const layouts = new WeakMap<object, BlockLayout>()

/** Records how a block made by a house-style helper lays out; returns the block. */
export function described<T extends object>(block: T, layout: BlockLayout): T {
  layouts.set(block, layout)
  return block
}

export function layoutOf(block: object): BlockLayout | undefined {
  return layouts.get(block)
}

/** Arial / Liberation Sans advance widths of U+0020–U+007E in thousandths of an em, regular then bold. */
const asciiRegular = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278,
  278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
const asciiBold = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333,
  333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611,
  611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
/** The few other characters the exports print; anything else counts as an average letter. */
const otherRegular: Record<string, number> = {
  '▲': 990,
  '▼': 990,
  '►': 990,
  '–': 556,
  '—': 1000,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '•': 350,
  '→': 1000,
  '·': 278,
  '£': 556,
  '×': 584,
  '÷': 549,
  '…': 1000,
}
const otherBold: Record<string, number> = { ...otherRegular, '‘': 278, '’': 278, '“': 500, '”': 500 }
const averageLetter = 556

/**
 * Arial's single line: ascent + descent + line gap (1854 + 434 + 67 over 2048
 * units), 1.15 em, as both Word and LibreOffice space it.
 */
const fontHeight = (1854 + 434 + 67) / 2048

function charWidth(char: string, bold: boolean): number {
  const code = char.charCodeAt(0)
  if (code >= 32 && code <= 126) return (bold ? asciiBold : asciiRegular)[code - 32] ?? averageLetter
  return (bold ? otherBold : otherRegular)[char] ?? averageLetter
}

/** Width of text in twips at a size in half-points (1 em = size × 10 twips). */
export function textWidth(text: string, size: number, bold = false): number {
  const ascii = bold ? asciiBold : asciiRegular
  let units = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    units += code >= 32 && code <= 126 ? (ascii[code - 32] ?? averageLetter) : charWidth(text.charAt(index), bold)
  }
  return (units * size * 10) / 1000
}

/** Height of one line in twips for a font size (half-points) and line spacing (240ths). */
export function lineHeight(size: number, line: number): number {
  return (size * 10 * fontHeight * line) / 240
}

interface Piece {
  width: number
  /** Width of the spaces after it: they hang past the margin rather than wrap. */
  trailing: number
  size: number
}

/** Words (split at spaces and after hyphens) with their widths; a word too long for a line is split by letters. */
function pieces(runs: readonly LayoutRun[], lineWidth: number): Piece[] {
  const result: Piece[] = []
  for (const run of runs) {
    const bold = run.bold ?? false
    const ascii = bold ? asciiBold : asciiRegular
    const scale = (run.size * 10) / 1000
    const text = run.text
    let word = 0
    let trailing = 0
    let start = 0
    const flush = (end: number) => {
      if (word === 0 && trailing === 0) return
      const width = word * scale
      if (width > lineWidth && end - start > 1) splitWord(text.slice(start, end).trimEnd(), run.size, bold, lineWidth, result)
      else if (word === 0 && result.length > 0) {
        const last = result[result.length - 1]
        if (last) last.trailing += trailing * scale
        word = 0
        trailing = 0
        return
      } else result.push({ width, trailing: 0, size: run.size })
      const last = result[result.length - 1]
      if (last) last.trailing += trailing * scale
      word = 0
      trailing = 0
    }
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      const units = code >= 32 && code <= 126 ? (ascii[code - 32] ?? averageLetter) : charWidth(text.charAt(index), bold)
      const isSpace = code === 32 || code === 9 || code === 160
      if (isSpace) {
        trailing += units
        continue
      }
      if (trailing > 0) {
        flush(index)
        start = index
      }
      word += units
      if (code === 45) {
        // A line may break after a hyphen.
        flush(index + 1)
        start = index + 1
      }
    }
    flush(text.length)
  }
  return result
}

/** Word breaks a word longer than the line wherever the line ends. */
function splitWord(word: string, size: number, bold: boolean, lineWidth: number, result: Piece[]): void {
  let part = ''
  for (const char of word) {
    if (part && textWidth(part + char, size, bold) > lineWidth) {
      result.push({ width: textWidth(part, size, bold), trailing: 0, size })
      part = ''
    }
    part += char
  }
  result.push({ width: textWidth(part, size, bold), trailing: 0, size })
}

/** The largest font size on each line the runs break into at `lineWidth` twips. */
export function breakLines(runs: readonly LayoutRun[], lineWidth: number): number[] {
  const lines: number[] = []
  let width = 0
  let size = 0
  let started = false
  for (const piece of pieces(runs, lineWidth)) {
    if (started && width + piece.width > lineWidth) {
      lines.push(size)
      width = 0
      size = 0
    }
    started = true
    width += piece.width + piece.trailing
    size = Math.max(size, piece.size)
  }
  if (started) lines.push(size)
  return lines
}

/** Table cells repeat the same words (owners, agencies, dates): each line count is worked out once per export. */
function cellLines(text: string, size: number, bold: boolean, width: number, cache: Map<string, number>): number {
  const key = `${width}|${size}|${bold ? 1 : 0}|${text}`
  let lines = cache.get(key)
  if (lines === undefined) {
    lines = Math.max(1, breakLines([{ text, size, bold }], width).length)
    cache.set(key, lines)
  }
  return lines
}

/** Line heights of a paragraph at a width, twips. */
function paragraphLines(layout: ParagraphLayout, width: number): number[] {
  if (layout.imageHeight !== undefined) return [(layout.imageHeight * layout.line) / 240]
  const lines = breakLines(layout.runs, width - layout.indent)
  if (lines.length === 0) return [lineHeight(layout.markSize, layout.line)]
  return lines.map((size) => lineHeight(size, layout.line))
}

/** Total height of a paragraph laid out on one page, twips (spacing included). */
export function paragraphHeight(layout: ParagraphLayout, width: number): number {
  return layout.before + layout.borderTop + sum(paragraphLines(layout, width)) + layout.borderBottom + layout.after
}

function rowHeights(table: TableLayout, cache: Map<string, number>): number[] {
  const line = lineHeight(table.size, table.line)
  return table.rows.map((row) => {
    let tallest = 0
    row.cells.forEach((cell, index) => {
      const inner = (table.columnWidths[index] ?? 0) - 2 * table.marginSide
      let lines = 0
      for (const text of cell.lines) lines += cellLines(text, table.size, cell.bold, inner, cache)
      tallest = Math.max(tallest, lines * line)
    })
    return Math.max(row.minHeight, tallest + table.marginTop + table.marginBottom) + table.border
  })
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

export interface PageArea {
  /** Height and width of the body between the margins (and any header taller than its margin), twips. */
  height: number
  width: number
}

/** Blocks laid out once: each paragraph's lines, each table's row heights. */
type Measured = { kind: 'paragraph'; layout: ParagraphLayout; lines: number[] } | { kind: 'table'; header: number; rows: number[] }

function measure(block: BlockLayout, width: number, cache: Map<string, number>): Measured {
  if (block.kind === 'paragraph') return { kind: 'paragraph', layout: block, lines: paragraphLines(block, width) }
  const [header = 0, ...rows] = rowHeights(block, cache)
  return { kind: 'table', header, rows }
}

/** The block's own height without the spacing around it (a table's: every row, header included). */
function textHeight(block: Measured): number {
  if (block.kind === 'table') return block.header + sum(block.rows)
  const { layout, lines } = block
  return layout.borderTop + sum(lines) + layout.borderBottom
}

/** What must fit with a keep-with-next paragraph: the start of the block after it. */
function firstPart(block: Measured): number {
  if (block.kind === 'table') return block.header + (block.rows[0] ?? 0)
  const { layout, lines } = block
  return layout.keepLines ? textHeight(block) : layout.borderTop + (lines[0] ?? 0)
}

const before = (block: Measured): number => (block.kind === 'paragraph' ? block.layout.before : 0)
const after = (block: Measured): number => (block.kind === 'paragraph' ? block.layout.after : 0)

/**
 * The number of pages the blocks fill. Between two paragraphs the larger of
 * the first's space after and the second's space before is kept (not their
 * sum), and a page starts without the space before its first paragraph: both
 * as LibreOffice lays out these documents. Blocks without a description
 * (made outside the house-style helpers) count as one line of body text;
 * tests assert every export describes all of its blocks.
 */
export function estimatePageCount(
  blocks: readonly BlockLayout[],
  area: PageArea,
  trace?: (block: number, page: number, top: number) => void,
): number {
  const cache = new Map<string, number>()
  const measured = blocks.map((block) => measure(block, area.width, cache))
  let pages = 1
  let used = 0
  /** The space after the block above, not yet added to `used`. */
  let pending = 0
  const newPage = () => {
    pages += 1
    used = 0
    pending = 0
  }
  const gapBefore = (block: Measured) => (used === 0 ? 0 : Math.max(pending, before(block)))
  for (let index = 0; index < measured.length; index++) {
    const block = measured[index]
    if (!block) continue
    if (block.kind === 'table') {
      if (block.rows.length === 0) continue
      if (used > 0 && used + gapBefore(block) + block.header + (block.rows[0] ?? 0) > area.height) newPage()
      trace?.(index, pages, used)
      used += gapBefore(block) + block.header
      for (const row of block.rows) {
        if (used + row > area.height && used > block.header) {
          newPage()
          used = continuedTableTop + block.header
        }
        used += row
      }
      pending = 0
      continue
    }
    const { layout, lines } = block
    if (layout.keepNext && used > 0) {
      // The chain of keep-with-next paragraphs and the first line of what follows.
      let chain = gapBefore(block)
      let previous: Measured | undefined
      for (let next = index; next < measured.length; next++) {
        const part = measured[next]
        if (!part) break
        const kept = part.kind === 'paragraph' && part.layout.keepNext
        if (previous) chain += Math.max(after(previous), before(part))
        chain += kept ? textHeight(part) : firstPart(part)
        if (!kept) break
        previous = part
      }
      if (used + chain > area.height && chain <= area.height) newPage()
    }
    const text = textHeight(block)
    const gap = gapBefore(block)
    if ((layout.keepLines || lines.length === 1) && used > 0 && used + gap + text > area.height && text <= area.height) newPage()
    trace?.(index, pages, used)
    if (used + gap + text <= area.height) {
      used += gap + text
      pending = layout.after
      continue
    }
    // Split line by line across the page end.
    used += gap + layout.borderTop
    for (const line of lines) {
      if (used + line > area.height && used > 0) newPage()
      used += line
    }
    used += layout.borderBottom
    pending = layout.after
  }
  return pages
}
