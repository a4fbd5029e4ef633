import { describe, expect, it } from 'vitest'
import { buildActionTrackerDoc, groupOpenActions } from '../../electron/main/export/actionTracker'
import type { ActionTrackerDocData } from '../../electron/main/export/types'
import { readDocx, tables, textOf } from '../helpers/docx'
import { makeStyle, makeTrackerData } from '../helpers/documentBuilders'

async function tracker(data: ActionTrackerDocData = makeTrackerData()) {
  return readDocx(buildActionTrackerDoc(data, makeStyle()))
}

function groupHeadings(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/gu)]
    .map((m) => m[0])
    .filter((p) => p.includes('<w:pStyle w:val="Heading2"/>'))
    .map(textOf)
}

describe('action tracker', () => {
  it('groups open actions by agency, alphabetically, with counts', async () => {
    const docx = await tracker()
    expect(groupHeadings(docx.documentXml)).toEqual([
      'DWP Jobcentre Plus – 1 open action, 0 overdue',
      'Trafford Council – 1 open action, 1 overdue',
      'Trafford Housing Trust – 4 open actions, 1 overdue',
    ])
    expect(docx.paragraphsText).toContain('6 open actions, 2 overdue. Within each agency, overdue actions come first.')
  })

  it('puts overdue actions first within a group and says by how much, in words', async () => {
    const docx = await tracker()
    const housing = tables(docx.documentXml)[2]
    expect(housing).toEqual([
      ['Status', 'Due', 'Case', 'Action', 'Owner'],
      ['Overdue by 10 days', '2 Mar 2026', 'RT-2026-0042', 'Agree the arrears plan', 'Tom Hargreaves'],
      ['Due today', '12 Mar 2026', 'RT-2026-0042', 'Welfare check with the family', 'Priya Shah'],
      ['Due in 7 days', '19 Mar 2026', 'RT-2026-0042', 'Book a joint home visit', 'Tom Hargreaves'],
      ['No due date', 'No date', 'RT-2026-0042', 'Chase the repairs team', 'Tom Hargreaves'],
    ])
    expect(tables(docx.documentXml)[1]?.[1]?.[0]).toBe('Overdue by 1 day')
  })

  it('leaves out actions that are done or dropped', async () => {
    const docx = await tracker()
    expect(docx.allText).not.toContain('must not appear')
  })

  it('can group by owner instead, showing the agency column', async () => {
    const docx = await tracker(makeTrackerData({ groupBy: 'owner' }))
    expect(groupHeadings(docx.documentXml)).toEqual([
      'Priya Shah – 2 open actions, 1 overdue',
      'Sarah Quinn – 1 open action, 0 overdue',
      'Tom Hargreaves – 3 open actions, 1 overdue',
    ])
    expect(tables(docx.documentXml)[0]?.slice(0, 3)).toEqual([
      ['Status', 'Due', 'Case', 'Action', 'Agency'],
      ['Overdue by 1 day', '11 Mar 2026', 'RT-2026-0042', 'Send the safety plan to the out-of-hours team', 'Trafford Council'],
      ['Due today', '12 Mar 2026', 'RT-2026-0042', 'Welfare check with the family', 'Trafford Housing Trust'],
    ])
    expect(docx.coreXml).toContain('<dc:title>Action tracker – open actions by owner – 12 March 2026</dc:title>')
  })

  it('measures overdue against the day passed in, not the clock', () => {
    const later = groupOpenActions(makeTrackerData({ today: '2026-04-01' }))
    const housing = later.find((group) => group.name === 'Trafford Housing Trust')
    expect(housing?.actions.map((action) => action.daysOverdue)).toEqual([30, 20, 13, null])
    expect(housing?.overdueCount).toBe(3)
  })

  it('says so when there are no open actions', async () => {
    const docx = await tracker(makeTrackerData({ actions: [] }))
    expect(docx.paragraphsText).toContain('There are no open actions.')
  })
})
