/**
 * Accessible tables in the house style. The header row is marked as a
 * header (screen readers announce it, Word repeats it on every page), and
 * the table, grid and every cell carry explicit DXA widths with a fixed
 * layout, so Word and LibreOffice draw the same columns.
 */
import { HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'
import { contentWidth, paragraph, tableText, tableTextStyle } from './houseStyle'
import { described } from './pageLayout'

/** A cell: one line, or several lines shown as separate paragraphs. */
export type CellValue = string | readonly string[]

export interface Column<Row> {
  header: string
  /** Relative share of the table width. */
  weight: number
  value: (row: Row) => CellValue
  /** Bold the cell, e.g. an overdue date: the emphasis is in the words too, never only in the weight. */
  emphasise?: (row: Row) => boolean
}

export interface TableOptions {
  /** Shown instead of an empty table. */
  emptyText?: string
  width?: number
  /** Minimum body row height in DXA, e.g. room for a signature. */
  rowHeight?: number
}

const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 }
const border = { style: 'single' as const, size: 4, color: '8C8C8C' }
/** A ½ pt line (size is in eighths of a point). */
const borderTwips = (border.size / 8) * 20
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }

/** Splits `total` DXA between columns by weight; the parts add up to exactly `total`. */
export function columnWidths(weights: readonly number[], total: number = contentWidth): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((weight) => Math.floor((weight / sum) * total))
  const remainder = total - widths.reduce((a, b) => a + b, 0)
  const last = widths.length - 1
  if (last >= 0) widths[last] = (widths[last] ?? 0) + remainder
  return widths
}

export function dataTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[], options: TableOptions = {}): Table | Paragraph {
  if (rows.length === 0) return paragraph(options.emptyText ?? 'None recorded.', { italics: true })
  const total = options.width ?? contentWidth
  const widths = columnWidths(
    columns.map((column) => column.weight),
    total,
  )
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell([column.header], widths[index] ?? 0, { bold: true, shaded: true })),
  })
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        ...(options.rowHeight ? { height: { value: options.rowHeight, rule: HeightRule.ATLEAST } } : {}),
        children: columns.map((column, index) =>
          cell(lines(column.value(row)), widths[index] ?? 0, { bold: column.emphasise?.(row) ?? false, shaded: false }),
        ),
      }),
  )
  const table = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: cellMargins,
    rows: [headerRow, ...bodyRows],
  })
  return described(table, {
    kind: 'table',
    columnWidths: widths,
    rows: [
      { cells: columns.map((column) => ({ lines: [column.header], bold: true })), minHeight: 0 },
      ...rows.map((row) => ({
        cells: columns.map((column) => ({ lines: lines(column.value(row)), bold: column.emphasise?.(row) ?? false })),
        minHeight: options.rowHeight ?? 0,
      })),
    ],
    size: tableText.size,
    line: tableText.line,
    marginTop: cellMargins.top,
    marginBottom: cellMargins.bottom,
    marginSide: cellMargins.left,
    border: borderTwips,
  })
}

function lines(value: CellValue): readonly string[] {
  const list = typeof value === 'string' ? [value] : value
  return list.length === 0 ? [''] : list
}

function cell(text: readonly string[], width: number, look: { bold: boolean; shaded: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(look.shaded ? { shading: { type: 'clear' as const, color: 'auto', fill: 'D9E2F3' } } : {}),
    children: text.map(
      (line) => new Paragraph({ style: tableTextStyle, children: [new TextRun(look.bold ? { text: line, bold: true } : line)] }),
    ),
  })
}
