/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * 'Zoë' and '£' correctly), RFC 4180 quoting, CRLF line ends, and cells
 * that a spreadsheet would run as a formula neutralised with a leading
 * apostrophe (CSV injection: a case note starting '=HYPERLINK(...)' must
 * stay text).
 */

export type CsvValue = string | number | boolean | null | undefined

export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => CsvValue
}

export const byteOrderMark = '\uFEFF'

/**
 * Characters that make Excel, LibreOffice or Sheets treat a cell as a
 * formula, also after leading spaces or line breaks (Excel trims those
 * first, so '  =1+1' still runs).
 */
const formulaStart = /^[\s\u00a0]*[=+\-@\t\r]/u

/** The whole file as a string; write it as UTF-8 (the BOM is its first character). */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header)), ...rows.map((row) => columns.map((column) => csvCell(column.value(row))))]
  return byteOrderMark + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n'
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  // Numbers and booleans are data we produced, never a formula: -5 stays a number.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value)
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}
