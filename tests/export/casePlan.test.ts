import { describe, expect, it } from 'vitest'
import { buildCasePlanDoc } from '../../electron/main/export/casePlan'
import type { CasePlanDocData } from '../../electron/main/export/types'
import { readDocx, tables } from '../helpers/docx'
import { makeCasePlanData, makeStyle } from '../helpers/documentBuilders'

async function plan(data: CasePlanDocData = makeCasePlanData()) {
  return readDocx(buildCasePlanDoc(data, makeStyle()))
}

function table(xml: string, firstHeader: string): string[][] | undefined {
  return tables(xml).find((t) => t[0]?.[0] === firstHeader)
}

describe('case plan', () => {
  it('identifies the case, keyworker, risk, direction of travel and review date', async () => {
    const docx = await plan()
    expect(docx.paragraphsText).toEqual(
      expect.arrayContaining([
        'Multi-agency case plan',
        'RT-2026-0042 – Whitlock family',
        'Case plan version 3 · Generated 12 March 2026 at 14:05 by Priya Shah',
        'Keyworker (main contact): Priya Shah, Trafford Council Early Help, 0161 912 0000',
        'Current risk level: High',
        'Direction of travel: ▼ Worsening (12 March 2026)',
        'Next review: 9 April 2026',
        'Plan for: The whole family',
      ]),
    )
    expect(docx.coreXml).toContain('<dc:title>Multi-agency case plan – RT-2026-0042</dc:title>')
  })

  it('lists the family with relationship, age and consent', async () => {
    const docx = await plan()
    expect(table(docx.documentXml, 'Name')).toEqual([
      ['Name', 'Relationship', 'Age', 'Consent to share'],
      ['Shannon Whitlock', 'Subject (mother)', '34', 'Given (8 Jan 2026)\nAll partner agencies in the Stretford team'],
      ['Darren Whitlock', 'Partner', '38', 'Refused (8 Jan 2026)'],
      ['Kayden Whitlock', 'Son', '11', 'Given (8 Jan 2026)\nGiven by Shannon as parent'],
    ])
  })

  it('lists the agencies involved with named contacts', async () => {
    const docx = await plan()
    expect(
      table(docx.documentXml, 'Agency')
        ?.slice(1)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ['Trafford Housing Trust', 'Tom Hargreaves'],
      ['Pennine Care', 'Dr Helen Okafor'],
      ['DWP Jobcentre Plus', 'Sarah Quinn'],
    ])
  })

  it('puts what matters to the person, strengths and their own views in their words', async () => {
    const docx = await plan()
    expect(docx.paragraphsText).toEqual(
      expect.arrayContaining([
        'Shannon: "Keep our home and get Kayden back to school every day."',
        'Grandmother Ann lives nearby and helps daily',
        'Shannon says she wants one person to talk to and does not want to repeat her story to every agency.',
      ]),
    )
  })

  it('tabulates the direction-of-travel history oldest first, in words', async () => {
    const data = makeCasePlanData()
    const docx = await plan({ ...data, directionHistory: [...data.directionHistory].reverse() })
    expect(table(docx.documentXml, 'Date')).toEqual([
      ['Date', 'Direction', 'Reason'],
      ['15 Jan 2026', '► No change', 'Plan agreed; too early to see change'],
      ['12 Feb 2026', '▲ Improving', 'Arrears plan started; attendance up to 70%'],
      ['12 Mar 2026', '▼ Worsening', 'Two police call-outs and missed rent payments'],
    ])
  })

  it('links outcomes and actions to needs, with owners and dates', async () => {
    const docx = await plan()
    expect(table(docx.documentXml, 'Need')?.slice(1)).toEqual([
      ['N1', 'Rent arrears of £1,240 put the tenancy at risk'],
      ['N2', "Darren's drinking and its effect on the household"],
      ['N3', "Kayden's school attendance is 62%"],
    ])
    expect(
      table(docx.documentXml, 'Outcome')
        ?.slice(1)
        .map((row) => row[1]),
    ).toEqual(['N1', 'N3', 'N2'])
    expect(table(docx.documentXml, 'Action')?.[1]).toEqual([
      'Agree an affordable arrears plan (£10 a week) and review it monthly',
      'Tom Hargreaves\nTrafford Housing Trust',
      '19 Mar 2026',
      'N1',
      'Open',
    ])
  })

  it('records a dissenting professional view', async () => {
    const docx = await plan()
    expect(table(docx.documentXml, 'Professional')?.[1]).toEqual([
      'PC Liam Brookes',
      'Greater Manchester Police',
      'Risk should be assessed through MARAC now, not at the next review.',
    ])
    const none = await plan(makeCasePlanData({ dissentingViews: [] }))
    expect(none.paragraphsText).toContain('No dissenting professional view recorded.')
  })

  it('gives the contingency plan and who to call', async () => {
    const docx = await plan()
    expect(docx.paragraphsText).toContain(
      'If there is another police call-out, the keyworker calls a professionals meeting within 48 hours',
    )
    expect(table(docx.documentXml, 'Who')?.map((row) => row[2])).toEqual(['Phone', '999', '0161 912 5125', '0800 953 0285'])
  })

  it('ends with step-down criteria, distribution and sign-off lines with room to sign', async () => {
    const docx = await plan()
    expect(docx.paragraphsText).toEqual(expect.arrayContaining(['Review date: 9 April 2026', 'No police call-outs for eight weeks']))
    const signOff = tables(docx.documentXml).find((t) => t[0]?.join('|') === 'Name|Role|Agency|Signature|Date')
    expect(signOff?.slice(1)).toEqual([
      ['Shannon Whitlock', 'Parent', '—', '', ''],
      ['Priya Shah', 'Keyworker', 'Trafford Council Early Help', '', ''],
    ])
    expect(docx.documentXml).toContain('<w:trHeight w:val="700" w:hRule="atLeast"/>')
  })

  it('asks for what matters to the person when it is missing, rather than leaving a gap', async () => {
    const docx = await plan(makeCasePlanData({ aspirations: [], kind: 'individual' }))
    expect(docx.paragraphsText).toContain('Not yet recorded: ask the person what matters to them.')
    expect(docx.paragraphsText).toContain('Plan for: An individual')
  })
})
