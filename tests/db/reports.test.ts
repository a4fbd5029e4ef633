import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { folderSaver } from '../../electron/main/export/fileSaver'
import * as demand from '../../electron/main/services/demand'
import * as exportsService from '../../electron/main/services/exports'
import * as people from '../../electron/main/services/people'
import * as reports from '../../electron/main/services/reports'
import { reportFilters } from '../../shared/domain/outcomes/report'
import { demandInput } from '../../shared/domain/record/demand'
import { personInput } from '../../shared/domain/record/people'
import { readDocxBytes, tables } from '../helpers/docx'
import { createTestApp, makeCase, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

/**
 * Two cases. A (Harpurhey) opened 31 Jan 2024; B (Moston) opened 1 Mar 2024. Report
 * date 15 Mar 2024, 3 months either side, so A has 47/31 months since and B 15/31.
 */
function seed(): { app: TestApp; a: string; b: string } {
  const test = createTestApp('2024-01-31T10:00:00.000Z')
  const a = makeCase(test, { title: 'Case A' }).id
  test.setNow('2024-03-01T10:00:00.000Z')
  const b = makeCase(test, { title: 'Case B' }).id
  test.db.prepare('UPDATE cases SET neighbourhood = ? WHERE id = ?').run('Harpurhey', a)
  test.db.prepare('UPDATE cases SET neighbourhood = ? WHERE id = ?').run('Moston', b)
  test.setNow('2024-03-15T10:00:00.000Z')
  const add = (caseId: string, kind: string, periodStart: string, periodEnd: string | null, count: number) =>
    demand.add(test.ctx, demandInput.parse({ caseId, kind, periodStart, periodEnd, count }))
  add(a, 'police_incident', '2023-11-01', '2023-12-31', 6)
  add(a, 'police_incident', '2024-02-10', null, 1)
  add(a, 'ambulance', '2023-11-05', null, 1)
  add(a, 'ambulance', '2023-12-05', null, 1)
  add(a, 'ambulance', '2024-01-30', null, 1)
  add(b, 'ambulance', '2024-03-05', null, 1)

  const at = '2024-03-15T10:00:00.000Z'
  const admin = test.admin.id
  const agency = test.agency('Housing').id
  const meeting = test.db.prepare(
    "INSERT INTO meetings (id, kind, date, time, chair_id, status, created_at, updated_at) VALUES (?, 'weekly', ?, '10:00', ?, 'minutes_draft', ?, ?)",
  )
  meeting.run('m1', '2024-02-07', admin, at, at)
  meeting.run('m2', '2024-03-06', admin, at, at)
  const item = test.db.prepare(
    "INSERT INTO agenda_items (id, meeting_id, case_id, position, risk_before, direction, removed, created_at, updated_at) VALUES (?, ?, ?, ?, 'high', ?, ?, ?, ?)",
  )
  item.run('i1', 'm1', a, 1, 'worsening', 0, at, at)
  item.run('i2', 'm2', a, 1, 'improving', 0, at, at)
  item.run('i3', 'm2', b, 2, 'no_change', 0, at, at)
  item.run('i4', 'm1', b, 2, 'worsening', 1, at, at) // removed from the agenda: not a review

  const triage = test.db.prepare(
    "INSERT INTO triage_entries (id, case_id, received_at, source, summary, risk_level, decision_category, decided_by, supersedes_id, created_by, created_at, updated_at) VALUES (?, ?, ?, 'police', 'Call', 'medium', ?, ?, ?, ?, ?, ?)",
  )
  triage.run('t1', a, '2024-02-01T09:00:00.000Z', 'early_help', admin, null, admin, at, at)
  triage.run('t2', a, '2024-02-02T09:00:00.000Z', 'nfa', admin, null, admin, at, at)
  triage.run('t3', a, '2024-02-03T09:00:00.000Z', 'complex', admin, 't2', admin, at, at) // replaces t2
  triage.run('t4', b, '2024-03-02T09:00:00.000Z', 'early_help', admin, null, admin, at, at)

  const action = test.db.prepare(
    "INSERT INTO actions (id, case_id, description, owner_name, owner_agency_id, due_date, status, completed_on, created_at, updated_at) VALUES (?, ?, 'Visit', 'Kim', ?, ?, ?, ?, ?, ?)",
  )
  action.run('a1', a, agency, '2024-02-20', 'done', '2024-02-19', at, at)
  action.run('a2', a, agency, '2024-02-20', 'done', '2024-02-25', at, at)
  action.run('a3', a, agency, '2024-02-28', 'dropped', null, at, at)
  action.run('a4', b, agency, '2024-03-10', 'open', null, at, at)
  action.run('a5', b, agency, '2024-03-20', 'open', null, at, at)
  test.db
    .prepare(
      "INSERT INTO action_updates (id, action_id, outcome, non_completion_reason, recorded_by, created_at, updated_at) VALUES ('u1', 'a3', 'dropped', 'not_undertaken', ?, ?, ?)",
    )
    .run(admin, at, at)
  return { app: test, a, b }
}

describe('reports service', () => {
  it('works out every section for the cohort from the real database, to hand-checked figures', () => {
    const seeded = seed()
    app = seeded.app
    const report = reports.build(
      app.ctx,
      reportFilters.parse({ from: '2024-01-01', to: '2024-03-31', months: 3, deadweightPercent: 20, optimismBiasPercent: 25 }),
    )

    expect(report.cohortSize).toBe(2)
    expect(report.openCases.total).toBe(2)
    expect(report.openCases.byStatus.open).toBe(2)
    expect(report.openCases.byRisk.medium).toBe(2)

    expect(
      report.triage.map((month) => [
        month.month,
        month.total,
        month.counts.early_help,
        month.counts.complex,
        month.counts.nfa,
        month.earlyHelpShare,
      ]),
    ).toEqual([
      ['2024-01', 0, 0, 0, 0, null],
      ['2024-02', 2, 1, 1, 0, 0.5],
      ['2024-03', 1, 1, 0, 0, 1],
    ])

    expect(report.direction.latest).toEqual({ improving: 1, no_change: 1, worsening: 0 })
    expect(report.direction.trend.map((month) => month.counts)).toEqual([
      { improving: 0, no_change: 0, worsening: 0 },
      { improving: 0, no_change: 0, worsening: 1 },
      { improving: 1, no_change: 1, worsening: 0 },
    ])

    expect(report.actions).toEqual({
      onTime: 1,
      late: 1,
      notDone: 1,
      overdue: 1,
      notYetDue: 1,
      reasons: { not_possible: 0, not_undertaken: 1, not_recorded: 1 },
    })

    const police = report.demand.changes.find((change) => change.kind === 'police_incident')
    const ambulance = report.demand.changes.find((change) => change.kind === 'ambulance')
    expect(police?.before).toBe(6)
    expect(police?.avoided).toBeCloseTo(63 / 31, 12)
    // A: 1 a month before, none since (47/31 avoided); B: none before, 1 since (−1).
    expect(ambulance?.before).toBe(3)
    expect(ambulance?.after).toBe(1)
    expect(ambulance?.avoided).toBeCloseTo(16 / 31, 12)

    // Ambulance £216 at 2013-14 prices, uprated to 2023-24 by 100 / 75.4 = £286.47214...;
    // 16/31 × 28647.2149p = 14785.66p gross; × 0.8 × 0.75 = 8871.40p net.
    expect(report.benefit.reportYear).toBe('2023-24')
    expect(report.benefit.lines.map((line) => [line.kind, line.grossPence, line.netPence])).toEqual([['ambulance', 14786, 8871]])
    expect(report.benefit.uncosted).toEqual(['police_incident'])
    expect(report.benefit.byBearerPence.nhs).toBe(8871)
    expect(report.benefit.totalNetPence).toBe(8871)
  })

  it('filters by neighbourhood and by agency', () => {
    const seeded = seed()
    app = seeded.app
    const harpurhey = reports.build(
      app.ctx,
      reportFilters.parse({
        from: '2024-01-01',
        to: '2024-03-31',
        months: 3,
        neighbourhood: 'Harpurhey',
        deadweightPercent: 0,
        optimismBiasPercent: 0,
      }),
    )
    expect(harpurhey.cohortSize).toBe(1)
    // A alone: 47/31 ambulance call-outs avoided × 28647.2149p = 43432.87p.
    expect(harpurhey.benefit.totalNetPence).toBe(43433)
    expect(harpurhey.triage.map((month) => month.total)).toEqual([0, 2, 0])
    expect(harpurhey.actions.onTime + harpurhey.actions.late + harpurhey.actions.notDone).toBe(3)
    const police = reports.build(app.ctx, reportFilters.parse({ from: '2024-01-01', to: '2024-03-31', agencyId: app.agency('Police').id }))
    expect(police.cohortSize).toBe(0)
    expect(police.benefit.totalNetPence).toBe(0)
  })

  it('takes the cohort from cases opened in the range', () => {
    const seeded = seed()
    app = seeded.app
    const march = reports.build(app.ctx, reportFilters.parse({ from: '2024-03-01', to: '2024-03-31', months: 3 }))
    expect(march.cohortSize).toBe(1)
    expect(march.demand.changes.map((change) => [change.kind, change.before, change.after])).toEqual([['ambulance', 0, 1]])
  })

  it('refuses a range that ends before it starts', () => {
    const result = reportFilters.safeParse({ from: '2024-03-01', to: '2024-02-01' })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['to', 'The end of the range must be on or after its start'],
    ])
  })

  it("works out one case's demand before and since, for the case screen", () => {
    const seeded = seed()
    app = seeded.app
    const report = reports.forCase(app.ctx, seeded.a, 3)
    expect(report.openedOn).toBe('2024-01-31')
    expect(report.windows.afterMonths).toBeCloseTo(47 / 31, 12)
    expect(report.changes.map((change) => [change.kind, change.before, change.after])).toEqual([
      ['police_incident', 6, 1],
      ['ambulance', 3, 0],
    ])
    // 47/31 × 28647.2149p = 43432.87p gross; default deadweight 20% and optimism bias 25%: 26059.72p.
    expect(report.benefit.totalGrossPence).toBe(43433)
    expect(report.benefit.totalNetPence).toBe(26060)
    expect(() => reports.forCase(seeded.app.ctx, '7b0f8a52-4c1e-4d8e-9a51-0d5b2c9e1f33', 3)).toThrow('The case was not found')
  })

  it('exports the board report in Word: summary, tables, method, stories by reference, no names, in the register', async () => {
    const seeded = seed()
    app = seeded.app
    app.db.prepare("UPDATE cases SET title = 'The Quigley family' WHERE id = ?").run(seeded.a)
    people.add(app.ctx, seeded.a, personInput.parse({ role: 'subject', firstName: 'Noreen', lastName: 'Quigley', preferredName: 'Reenie' }))
    const filters = reportFilters.parse({ from: '2024-01-01', to: '2024-03-31', months: 3, deadweightPercent: 20, optimismBiasPercent: 25 })
    const result = await exportsService.boardReport(app.ctx, folderSaver(`${app.dir}/exports`), {
      filters,
      recipients: 'Partnership board',
    })
    expect(result.fileName).toBe('Board report 2024-01-01 to 2024-03-31.docx')
    const docx = await readDocxBytes(readFileSync(result.savedTo ?? ''))
    const text = docx.paragraphsText.join('\n')
    expect(docx.headers.join()).toContain('OFFICIAL-SENSITIVE')
    expect(text).toContain('Cases opened 1 January 2024 to 31 March 2024. All neighbourhoods; all agencies.')
    expect(text).toContain('2 cases in the cohort; 2 still open, 0 at high risk.')
    expect(text).toContain('Direction of travel at the latest review: 1 improving, 1 no change, 0 worsening (2 cases reviewed).')
    expect(text).toContain('Cost avoided (indicative fiscal benefit, 2023-24 prices, after adjustments): £88.71.')
    // Indicative wherever the money shows: the heading, a note above the table and the method.
    expect(docx.paragraphsText).toContain('Cost avoided (indicative)')
    expect(docx.paragraphsText.filter((line) => line.startsWith('Indicative: unit costs are published estimates'))).toHaveLength(2)
    expect(text).toContain('Deadweight 20% (what would have happened anyway) and optimism bias 25% are taken off the gross figure.')
    expect(text).toContain('Not costed (no unit cost set): Police incidents.')
    const [reference] = app.db
      .prepare<[string], { reference: string }>('SELECT reference FROM cases WHERE id = ?')
      .all(seeded.a)
      .map((row) => row.reference)
    expect(text).toContain(`${reference ?? ''}: 7 February 2024 ▼ Worsening → 6 March 2024 ▲ Improving`)
    const all = tables(docx.documentXml)
    const cost = all.find((table) => table[0]?.[0] === 'Kind of contact' && table[0]?.[1] === 'Unit cost (price year)')
    expect(cost?.slice(1)).toEqual([
      ['Ambulance call-outs', '£216.00 (2013-14)', '£286.47 (× 100 ÷ 75.4)', '0.5', '£147.86', '£88.71', 'NHS'],
    ])
    for (const name of ['Quigley', 'Noreen', 'Reenie', 'Case B']) expect(docx.allText).not.toContain(name)
    expect(exportsService.register(app.ctx)).toMatchObject([
      { document: 'board_report', recipients: 'Partnership board', title: 'Board report 2024-01-01 to 2024-03-31' },
    ])
  })

  it('counts repeat contacts and escalations to the meeting by reason from the triage log, as the CSV and Word report show them', async () => {
    const seeded = seed()
    app = seeded.app
    // t1 (Feb, A): new, brought for escalation; t3 (Feb, A, replacing t2): a repeat, brought for escalation and as a repeat;
    // t2 is superseded, so its reason does not count; t4 (Mar, B): a repeat, not brought.
    const mark = app.db.prepare('UPDATE triage_entries SET is_repeat = ?, meeting_reasons = ? WHERE id = ?')
    mark.run(0, '["escalation"]', 't1')
    mark.run(1, '["visible_high_risk"]', 't2')
    mark.run(1, '["escalation","repeat"]', 't3')
    mark.run(1, '[]', 't4')
    const filters = reportFilters.parse({ from: '2024-01-01', to: '2024-03-31', months: 3 })
    const report = reports.build(app.ctx, filters)
    expect(report.repeats.months.map((month) => [month.month, month.contacts, month.repeats, month.escalated])).toEqual([
      ['2024-01', 0, 0, 0],
      ['2024-02', 2, 1, 2],
      ['2024-03', 1, 1, 0],
    ])
    expect(report.repeats).toMatchObject({
      contacts: 3,
      repeats: 2,
      casesWithRepeat: 2,
      escalated: 2,
      byReason: { visible_high_risk: 0, escalation: 2, professional_judgement: 0, repeat: 1 },
    })
    const csv = await exportsService.reportCsv(app.ctx, folderSaver(`${app.dir}/exports`), { filters, table: 'repeats', recipients: '' })
    expect(
      readFileSync(csv.savedTo ?? '', 'utf8')
        .split('\r\n')
        .slice(0, 3),
    ).toEqual([
      '\uFEFFMonth,Contacts,Repeats within 12 months,Brought to the meeting,Reason: Visible high risk,Reason: Escalation: 3 or more police incidents in 12 months,Reason: Professional judgement,Reason: Repeat within 12 months',
      '2024-01,0,0,0,0,0,0,0',
      '2024-02,2,1,2,0,2,0,1',
    ])
    const word = await exportsService.boardReport(app.ctx, folderSaver(`${app.dir}/exports`), { filters, recipients: '' })
    const docx = await readDocxBytes(readFileSync(word.savedTo ?? ''))
    expect(docx.paragraphsText).toContain(
      'Of 3 contacts triaged, 2 (67%) were repeats within 12 months, across 2 cases; 2 were brought to the meeting (escalation: 3 or more police incidents in 12 months 2; repeat within 12 months 1).',
    )
    const table = tables(docx.documentXml).find((rows) => rows[0]?.[1] === 'Contacts')
    expect(table?.slice(1)).toEqual([
      ['Jan 2024', '0', '0', '0', '0', '0', '0', '0'],
      ['Feb 2024', '2', '1', '2', '0', '2', '0', '1'],
      ['Mar 2024', '1', '1', '0', '0', '0', '0', '0'],
    ])
  })

  it('puts each chart in the board report as a PNG with its alt text, beside its table', async () => {
    const seeded = seed()
    app = seeded.app
    const filters = reportFilters.parse({ from: '2024-01-01', to: '2024-03-31', months: 3 })
    const result = await exportsService.boardReport(app.ctx, folderSaver(`${app.dir}/exports`), { filters, recipients: '' })
    const bytes = readFileSync(result.savedTo ?? '')
    const docx = await readDocxBytes(bytes)
    const media = docx.partNames.filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(4)
    const zip = await JSZip.loadAsync(bytes)
    for (const name of media) {
      const png = await zip.file(name)?.async('uint8array')
      expect([...(png ?? []).slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    }
    const described = [...docx.documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"[^>]*title="([^"]*)"/gu)].map((match) => [
      match[2],
      match[1],
    ])
    expect(described).toEqual([
      [
        'Triage decisions by month',
        'Chart: Triage decisions by month. 3 triage decisions were made in this period; 2 (67%) needed early help. The table below gives every figure.',
      ],
      [
        'Repeats and escalations by month',
        'Chart: Repeats and escalations by month. Of 3 contacts triaged, 0 (0%) were repeats within 12 months, across 0 cases; 0 were brought to the meeting. The table below gives every figure.',
      ],
      [
        'Direction of travel by month',
        'Chart: Direction of travel by month. Of 2 cases with a direction of travel, 1 improving, 1 no change and 0 worsening at their latest review. The table below gives every figure.',
      ],
      [
        'Demand before and after',
        expect.stringMatching(
          /^Chart: Demand before and after\. Across all kinds, service contacts went from .+ a month in the 3 months before cases opened to .+ a month since\. The table below gives every figure\.$/u,
        ),
      ],
    ])
    // Each image sits under its own heading and straight before its table.
    const body = docx.documentXml
    for (const [title, next] of [
      ['Triage decisions by month', 'Early help share'],
      ['Repeats and escalations by month', 'Brought to the meeting'],
      ['Direction of travel by month', 'Worsening'],
      ['Demand before and after', 'Before, a month'],
    ] as const) {
      const image = body.indexOf(`title="${title}"`)
      const nextTable = body.indexOf('<w:tbl>', image)
      expect(image).toBeGreaterThan(0)
      expect(body.slice(nextTable, body.indexOf('</w:tbl>', nextTable))).toContain(next)
      expect(body.slice(image, nextTable).match(/<wp:docPr /gu)).toBeNull()
    }
  })

  it('exports a report table as CSV with full-precision counts and whole pence, recorded in the register', async () => {
    const seeded = seed()
    app = seeded.app
    const filters = reportFilters.parse({ from: '2024-01-01', to: '2024-03-31', months: 3, deadweightPercent: 20, optimismBiasPercent: 25 })
    const result = await exportsService.reportCsv(app.ctx, folderSaver(`${app.dir}/exports`), {
      filters,
      table: 'cost',
      recipients: 'Finance lead',
    })
    expect(result.fileName).toBe('Cost avoided 2024-01-01 to 2024-03-31.csv')
    const lines = readFileSync(result.savedTo ?? '', 'utf8').split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFFKind of contact,Unit cost (pence),Price year,Deflator from,Deflator 2023-24,Avoided,Gross (pence),Deadweight %,Optimism bias %,Net (pence),Net,Borne by,Source',
    )
    expect(lines[1]).toMatch(
      /^Ambulance call-outs,21600,2013-14,75\.4,100,0\.516129\d*,14786,20,25,8871,£88\.71,NHS,"?Greater Manchester Unit Cost Database/,
    )
    const demandCsv = await exportsService.reportCsv(app.ctx, folderSaver(`${app.dir}/exports`), {
      filters,
      table: 'triage',
      recipients: '',
    })
    expect(
      readFileSync(demandCsv.savedTo ?? '', 'utf8')
        .split('\r\n')
        .slice(1, 4),
    ).toEqual(['2024-01,0,0,0,0,0,0,', '2024-02,0,1,1,0,0,2,0.5', '2024-03,0,1,0,0,0,1,1'])
    expect(exportsService.register(app.ctx).map((entry) => [entry.document, entry.title])).toEqual([
      ['csv_report', 'Triage decisions by month 2024-01-01 to 2024-03-31'],
      ['csv_report', 'Cost avoided 2024-01-01 to 2024-03-31'],
    ])
  })
})
