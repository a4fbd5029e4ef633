import { describe, expect, it } from 'vitest'
import { byteOrderMark, csvCell, toCsv, type CsvColumn } from '../../electron/main/export/csv'

interface Row {
  reference: string
  note: string
  count: number | null
}

const columns: CsvColumn<Row>[] = [
  { header: 'Case reference', value: (row) => row.reference },
  { header: 'Note', value: (row) => row.note },
  { header: 'Count', value: (row) => row.count },
]

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(columns, [{ reference: 'RT-2026-0042', note: 'Zoë paid £10', count: 3 }])
    expect(csv.startsWith(byteOrderMark)).toBe(true)
    expect(csv).toBe('\uFEFFCase reference,Note,Count\r\nRT-2026-0042,Zoë paid £10,3\r\n')
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv(columns, [{ reference: 'RT-1', note: 'Said "no", then\nleft', count: null }])
    expect(csv.split('\r\n')[1]).toBe('RT-1,"Said ""no"", then\nleft",')
  })

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+44 161 000', "'+44 161 000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['   =1+1', "'   =1+1"],
    ['\u00a0+SUM(A1)', "'\u00a0+SUM(A1)"],
    ['\n @cmd', `"'\n @cmd"`],
  ])('neutralises a cell that a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('leaves ordinary text and numbers alone, negative numbers included', () => {
    expect(csvCell('Arrears plan')).toBe('Arrears plan')
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell('  Arrears = £1,240')).toBe('"  Arrears = £1,240"')
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(true)).toBe('true')
    expect(csvCell(undefined)).toBe('')
  })

  it('writes only a header row for no rows', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFCase reference,Note,Count\r\n')
  })
})
