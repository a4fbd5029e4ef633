/**
 * The redacted Word copy of a meeting with awkward real-world names (issue
 * 10), read back from the package: no household identifier in any part
 * (body, headers, footers, docProps), and no ordinary word replaced.
 */
import { describe, expect, it } from 'vitest'
import { buildRedactedMinutesDoc } from '../../electron/main/export/minutesRedacted'
import { readDocx, type DocxContents } from '../helpers/docx'
import { makeStyle } from '../helpers/documentBuilders'
import { householdLeaks, householdsMinutes, mustSurvive } from '../helpers/households'

describe('redacted minutes of three awkward households, as a .docx', () => {
  let docx: DocxContents | null = null
  const contents = async (): Promise<DocxContents> => {
    docx ??= await readDocx(
      buildRedactedMinutesDoc(householdsMinutes(), { recipientAgency: 'Trafford Housing Trust', receives: [] }, makeStyle()).document,
    )
    return docx
  }

  it.each(householdLeaks)('no part of the package holds %j', async (leak) => {
    const { allText, headers, footers, coreXml } = await contents()
    for (const part of [allText, ...headers, ...footers, coreXml]) expect(part.toLowerCase()).not.toContain(leak.toLowerCase())
  })

  it.each(mustSurvive)('the body keeps %j', async (words) => {
    expect((await contents()).paragraphsText.join('\n')).toContain(words)
  })

  it('names the housing officer in attendance and as an owner, never as a pseudonym', async () => {
    const text = (await contents()).allText
    expect(text).not.toMatch(/Karen (?:Adult|Child|Person|\[name\])/u)
    expect(text.match(/Karen Hughes/gu)?.length ?? 0).toBeGreaterThanOrEqual(4)
  })
})

describe('the redacted copy keeps the direction-of-travel summary', () => {
  it('under its own heading, with the counts', async () => {
    const data = householdsMinutes({ directionCounts: { improving: 1, no_change: 0, worsening: 2 } })
    const { paragraphsText } = await readDocx(
      buildRedactedMinutesDoc(data, { recipientAgency: 'Trafford Housing Trust', receives: [] }, makeStyle()).document,
    )
    const index = paragraphsText.indexOf('Across the cases discussed: ▲ Improving 1 · ► No change 0 · ▼ Worsening 2')
    expect(index).toBeGreaterThan(0)
    expect(paragraphsText[index - 1]).toBe('Direction of travel')
  })
})
