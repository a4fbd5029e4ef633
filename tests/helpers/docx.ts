/**
 * Reads a built docx `Document` back the way Word would receive it: packed
 * to bytes, unzipped, and split into the parts tests assert on.
 */
import { Packer, type Document } from 'docx'
import JSZip from 'jszip'

export interface DocxContents {
  /** word/document.xml, raw XML. */
  documentXml: string
  /** word/header*.xml, raw XML, in part-name order. */
  headers: string[]
  /** word/footer*.xml, raw XML, in part-name order. */
  footers: string[]
  /** docProps/core.xml, raw XML. */
  coreXml: string
  /** Every XML part of the package (including .rels and docProps), concatenated, with entities decoded. */
  allText: string
  /** The text of each paragraph of the body, runs joined, entities decoded. */
  paragraphsText: string[]
  /** Every part's name, for asserting nothing unexpected was packed. */
  partNames: string[]
  bytes: Buffer
}

export async function readDocx(document: Document): Promise<DocxContents> {
  return readDocxBytes(await Packer.toBuffer(document))
}

/** The same, for a .docx file already written (e.g. by an export service). */
export async function readDocxBytes(bytes: Buffer): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes)
  const partNames = Object.keys(zip.files)
    .filter((name) => !zip.files[name]?.dir)
    .sort()
  const parts = new Map<string, string>()
  for (const name of partNames) {
    if (!/\.(xml|rels)$/u.test(name)) continue
    const file = zip.file(name)
    if (file) parts.set(name, await file.async('string'))
  }
  const byPrefix = (prefix: RegExp) =>
    [...parts.keys()]
      .filter((name) => prefix.test(name))
      .sort(naturalOrder)
      .map((name) => parts.get(name) ?? '')
  const documentXml = parts.get('word/document.xml') ?? ''
  return {
    documentXml,
    headers: byPrefix(/^word\/header\d+\.xml$/u),
    footers: byPrefix(/^word\/footer\d+\.xml$/u),
    coreXml: parts.get('docProps/core.xml') ?? '',
    allText: decodeXml([...parts.values()].join('\n')),
    paragraphsText: paragraphs(documentXml),
    partNames,
    bytes,
  }
}

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}

/** Text of each `w:p`, taken from its `w:t` runs (tabs and breaks as spaces). */
export function paragraphs(xml: string): string[] {
  const result: string[] = []
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)) {
    result.push(textOf(match[0]))
  }
  return result
}

/** The visible text of an XML fragment: its `w:t` contents, decoded. */
export function textOf(xml: string): string {
  let text = ''
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/gu)) {
    text += match[1] !== undefined ? decodeXml(match[1]) : ' '
  }
  return text
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/giu, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/gu, '&')
}

/** Every table in the body, as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/gu)].map((cell) => paragraphs(cell[0]).join('\n')),
    ),
  )
}
