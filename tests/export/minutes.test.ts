import { describe, expect, it } from 'vitest'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { readDocx, tables, textOf } from '../helpers/docx'
import { attendees, makeAction, makeStyle } from '../helpers/documentBuilders'
import { makeAgendaItem, makeMinutesData } from '../helpers/standardMeeting'
import { makeLargeMinutesData } from '../helpers/largeMeeting'
import type { MinutesDocData } from '../../electron/main/export/types'

async function minutes(data: MinutesDocData = makeMinutesData()) {
  return readDocx(buildMinutesDoc(data, makeStyle()))
}

/** The table whose header row is exactly these headings. */
function tableWithHeader(xml: string, header: string[]): string[][][] {
  return tables(xml).filter((table) => JSON.stringify(table[0]) === JSON.stringify(header))
}

function headings(xml: string, level: number): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/gu)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="Heading${level}"/>`))
    .map(textOf)
}

describe('minutes: meeting and attendance', () => {
  it('titles the minutes and gives kind, date, time, location and chair', async () => {
    const docx = await minutes()
    expect(headings(docx.documentXml, 1)).toEqual(['Minutes: Weekly case meeting'])
    expect(docx.paragraphsText).toEqual(
      expect.arrayContaining([
        'Meeting: Weekly case meeting',
        'Date: 12 March 2026',
        'Time: 10:00',
        'Location: Stretford Hub, meeting room 2',
        'Chair: Priya Shah',
      ]),
    )
    expect(docx.coreXml).toContain('<dc:title>Minutes – Weekly case meeting – 12 March 2026</dc:title>')
    expect(docx.coreXml).toContain('<dc:creator>Priya Shah</dc:creator>')
  })

  it.each([
    ['case_review', 'Case review'],
    ['hub', 'Hub / deep dive'],
  ] as const)('names the %s kind of meeting', async (kind, label) => {
    const docx = await minutes(makeMinutesData({ meetingKind: kind }))
    expect(headings(docx.documentXml, 1)).toEqual([`Minutes: ${label}`])
  })

  it('records the confidentiality statement and who agreed it', async () => {
    const docx = await minutes()
    expect(docx.paragraphsText).toContain(makeMinutesData().confidentiality.statement)
    expect(docx.paragraphsText).toContain(
      'Agreed by: Priya Shah, Tom Hargreaves, Dr Helen Okafor, PC Liam Brookes, Sarah Quinn, Jamie Ellis',
    )
  })

  it('lists attendees, observers and apologies in tables with agency and role', async () => {
    const docx = await minutes()
    const [present] = tableWithHeader(docx.documentXml, ['Name', 'Agency', 'Role'])
    expect(present?.slice(1)).toEqual(attendees.filter((a) => a.attendance === 'present').map((a) => [a.name, a.agency, a.role]))
    const observers = tableWithHeader(docx.documentXml, ['Name', 'Agency', 'Role'])[1]
    expect(observers?.slice(1)).toEqual([['Jamie Ellis', 'Trafford Council', 'Student social worker']])
    const [apologies] = tableWithHeader(docx.documentXml, ['Name', 'Agency', 'Role', 'Information sent'])
    expect(apologies?.slice(1)).toEqual([
      ['Kath Morley', 'GMFRS', 'Prevention advocate', 'Yes'],
      ['Raj Patel', 'National Probation Service', 'Probation officer', 'No'],
    ])
  })
})

describe('minutes: agenda items', () => {
  it('gives each case its own Heading 2 section, in agenda order', async () => {
    const docx = await minutes()
    expect(headings(docx.documentXml, 2)).toEqual([
      'Meeting details',
      'Confidentiality',
      'Attendance',
      '1. RT-2026-0042 – Whitlock family',
      '2. RT-2026-0057 – Marek Kowalczyk',
      "3. RT-2026-0061 – Grace O'Donnell",
      'All actions (by owner)',
      'Next meeting',
      'Approval',
    ])
  })

  it('records why the case was discussed, the discussion, decisions, risk, direction of travel and next review', async () => {
    const docx = await minutes()
    const text = docx.paragraphsText
    expect(text).toEqual(
      expect.arrayContaining([
        'Why discussed: Review due; New police contact since the last meeting',
        'Risk level (before → after): Medium → High',
        'Direction of travel: ▼ Worsening – Two police call-outs and rent arrears rising since the last review',
        'Direction of travel: ▲ Improving – Engaging with the debt plan; no police contact for eight weeks',
        'Direction of travel: ► No change – Still declining support',
        'Risk level (before → after): Medium → Low',
        'Risk level (before → after): High → High',
        'Next review: 26 March 2026',
        'Keyworker to stay with Trafford Council early help',
        'Step down to early help at the next review if this continues',
        '[Health information] GP reports Shaz started new medication (DOB 23/07/1991 confirmed with the surgery).',
      ]),
    )
    expect(text.some((line) => line.startsWith("Shannon said Darren's drinking has got worse"))).toBe(true)
  })

  it('shows consent and any decision to share without consent, with rationale and who decided', async () => {
    const docx = await minutes()
    expect(docx.paragraphsText).toContain('Consent to share: Given')
    expect(docx.paragraphsText).toContain(
      'Consent to share: Not given – discuss in general terms; share no identifying details outside the lead agency',
    )
    expect(headings(docx.documentXml, 3)).toContain('Decision to share without consent')
    expect(docx.paragraphsText).toContain('Decided by: Priya Shah on 12 March 2026')
    expect(docx.paragraphsText).toContain(
      'Rationale: Risk of significant harm to Kayden outweighs Darren Whitlock’s refusal to share police information',
    )
  })

  it('lists the people in the case with date of birth, address and identifiers', async () => {
    const docx = await minutes()
    const [people] = tableWithHeader(docx.documentXml, ['Name', 'Relationship', 'Date of birth', 'Address', 'Identifiers', 'Consent'])
    expect(people?.[1]).toEqual([
      'Shannon (Shaz) Whitlock',
      'Subject',
      '23 Jul 1991',
      '14 Elm Road, Stretford, Manchester M32 0AB',
      'NHS number: 485 777 3456\nPolice reference: GMP/25/118842',
      'Given',
    ])
  })

  it('shows which agencies shared information', async () => {
    const docx = await minutes()
    const [shared] = tableWithHeader(docx.documentXml, ['Agency', 'Information shared', 'Type'])
    expect(shared?.slice(1).map((row) => [row[0], row[2]])).toEqual([
      ['Greater Manchester Police', 'Police intelligence'],
      ['Pennine Care', 'Health information'],
      ['Trafford Housing Trust', 'General'],
    ])
  })

  it("lists each case's actions as new, updated or carried, with owner, due date and status", async () => {
    const docx = await minutes()
    const header = ['Action', 'Owner', 'Due', 'Status', 'New / updated / carried']
    const [whitlock] = tableWithHeader(docx.documentXml, header)
    expect(whitlock?.slice(1)).toEqual([
      [
        'Book a joint home visit with housing to discuss the rent arrears plan',
        'Tom Hargreaves\nTrafford Housing Trust',
        '19 Mar 2026',
        'Open',
        'New',
      ],
      ['Ask the school nurse to see Kayden about sleep and attendance', 'Dr Helen Okafor\nPennine Care', '24 Mar 2026', 'Open', 'Updated'],
      [
        "Check whether Shannon's Universal Credit housing element has been paid",
        'Sarah Quinn\nDWP Jobcentre Plus',
        '5 Mar 2026',
        'Open',
        'Carried forward',
      ],
      [
        'Home fire safety visit',
        'Kath Morley\nGMFRS',
        '20 Feb 2026',
        'Dropped – Family declined; smoke alarms already fitted',
        'Carried forward',
      ],
    ])
  })
})

describe('minutes: all actions, next meeting, approval', () => {
  it('lists every action in one table sorted by owner', async () => {
    const docx = await minutes()
    const [all] = tableWithHeader(docx.documentXml, ['Owner', 'Case', 'Action', 'Due', 'Status'])
    const owners = all?.slice(1).map((row) => row[0]?.split('\n')[0])
    expect(owners).toEqual([
      'Dr Helen Okafor',
      'Kath Morley',
      'PC Liam Brookes',
      'Sarah Quinn',
      'Sarah Quinn',
      'Tom Hargreaves',
      'Tom Hargreaves',
    ])
    // Same owner: earlier due date first.
    expect(
      all
        ?.slice(1)
        .filter((row) => row[0]?.startsWith('Sarah Quinn'))
        .map((row) => row[3]),
    ).toEqual(['5 Mar 2026', '2 Apr 2026'])
  })

  it('gives the next meeting date, or says none is arranged', async () => {
    expect((await minutes()).paragraphsText).toContain('19 March 2026 at 10:00 – Stretford Hub, meeting room 2')
    expect((await minutes(makeMinutesData({ nextMeeting: null }))).paragraphsText).toContain('Not yet arranged.')
  })

  it('marks a draft as DRAFT – not approved, in the body, footer and a watermark', async () => {
    const docx = await minutes()
    expect(docx.paragraphsText).toContain('DRAFT – not approved')
    expect(docx.paragraphsText).toContain('DRAFT – not approved: these minutes have not been approved.')
    expect(docx.headers.join('')).toMatch(/<v:textpath [^>]*string="DRAFT"/u)
    expect(textOf(docx.footers.join(''))).toContain('DRAFT')
    expect(docx.coreXml).toContain('Draft, not approved.')
  })

  it('says who approved the minutes and when, with no draft marking, once approved', async () => {
    const docx = await minutes(
      makeMinutesData({ approval: { status: 'approved', approvedBy: 'Priya Shah', approvedOn: '2026-03-19' }, version: 2 }),
    )
    expect(docx.paragraphsText.filter((text) => text === 'Approved by Priya Shah on 19 March 2026')).toHaveLength(2)
    expect(docx.allText).not.toMatch(/DRAFT/u)
    expect(docx.paragraphsText.some((text) => text.startsWith('Minutes version 2 · Generated 12 March 2026 at 14:05 by Priya Shah'))).toBe(
      true,
    )
  })

  it('shows amendments to approved minutes as amendments, numbered, dated and signed', async () => {
    const docx = await minutes(
      makeMinutesData({
        approval: { status: 'approved', approvedBy: 'Priya Shah', approvedOn: '2026-03-19' },
        amendments: [
          { text: 'Action 3 owner corrected to Sarah Quinn (DWP).', by: 'Priya Shah', date: '2026-03-21' },
          { text: 'Next review moved to 2 April.', by: 'Tom Hargreaves', date: '2026-03-24' },
        ],
      }),
    )
    expect(headings(docx.documentXml, 2)).toContain('Amendments')
    expect(docx.paragraphsText).toEqual(
      expect.arrayContaining([
        'Amendment 1 – added 21 March 2026 by Priya Shah: Action 3 owner corrected to Sarah Quinn (DWP).',
        'Amendment 2 – added 24 March 2026 by Tom Hargreaves: Next review moved to 2 April.',
        'Amended after approval: see “Amendments” (2).',
      ]),
    )
  })

  it('has no Amendments section when there are none', async () => {
    expect(headings((await minutes()).documentXml, 2)).not.toContain('Amendments')
  })

  it('says so when a case has no actions, rather than drawing an empty table', async () => {
    const docx = await minutes(makeMinutesData({ agendaItems: [makeAgendaItem({ actions: [] })] }))
    expect(docx.paragraphsText).toContain('No actions for this case.')
    expect(docx.paragraphsText).toContain('No actions were recorded at this meeting.')
  })

  it('keeps XML-special characters in text intact', async () => {
    const docx = await minutes(
      makeMinutesData({ agendaItems: [makeAgendaItem({ actions: [makeAction({ description: 'Check <script> & "quotes" & £ signs' })] })] }),
    )
    expect(docx.paragraphsText).toContain('Check <script> & "quotes" & £ signs')
  })
})

describe('minutes: direction of travel summary', () => {
  it('gives the direction-of-travel counts with arrows under their own heading, after attendance, before the first case', async () => {
    const docx = await minutes(makeMinutesData({ directionCounts: { improving: 2, no_change: 1, worsening: 3 } }))
    const summary = 'Across the cases discussed: ▲ Improving 2 · ► No change 1 · ▼ Worsening 3'
    expect(docx.paragraphsText).toContain(summary)
    const text = docx.paragraphsText
    // Under its own heading, not as a stray line of the Apologies table.
    expect(text[text.indexOf(summary) - 1]).toBe('Direction of travel')
    expect(docx.documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Direction of travel<\/w:t>/su)
    expect(text.indexOf(summary)).toBeGreaterThan(text.indexOf('Apologies'))
    expect(text.indexOf(summary)).toBeLessThan(text.findIndex((line) => line.startsWith('Why discussed:')))
  })
})

describe('minutes: a 40-case, 200-action meeting', () => {
  it('contains every case and every action description', async () => {
    const data = makeLargeMinutesData()
    const docx = await minutes(data)
    const descriptions = data.agendaItems.flatMap((item) => item.actions.map((action) => action.description))
    expect(descriptions).toHaveLength(200)
    const text = new Set(
      tables(docx.documentXml)
        .flat(2)
        .flatMap((cell) => cell.split('\n')),
    )
    for (const description of descriptions) expect(text.has(description)).toBe(true)
    const [all] = tableWithHeader(docx.documentXml, ['Owner', 'Case', 'Action', 'Due', 'Status'])
    expect(all).toHaveLength(201)
    expect(headings(docx.documentXml, 2).filter((h) => /^\d+\. RT-2026-/u.test(h))).toHaveLength(40)
  })
})

describe('minutes: typed paragraphs survive', () => {
  it('gives each line of a discussion and an amendment its own Word paragraph', async () => {
    const item = makeAgendaItem({ discussion: [{ text: 'First point.\nSecond point.\r\n\r\nThird point.', category: 'health' }] })
    const docx = await minutes(
      makeMinutesData({
        agendaItems: [item],
        amendments: [{ text: 'Corrected the date.\nAdded the GP.', by: 'Priya Shah', date: '2026-03-20' }],
      }),
    )
    const text = docx.paragraphsText
    const first = text.indexOf('[Health information] First point.')
    expect(text.slice(first, first + 3)).toEqual(['[Health information] First point.', 'Second point.', 'Third point.'])
    expect(text).toContain('Amendment 1 – added 20 March 2026 by Priya Shah: Corrected the date.')
    expect(text).toContain('Added the GP.')
    expect(docx.documentXml).not.toMatch(/<w:t[^>]*>[^<]*\n/u)
  })
})
