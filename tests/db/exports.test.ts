import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as agencies from '../../electron/main/services/agencies'
import * as attendance from '../../electron/main/services/attendance'
import * as caseAgencies from '../../electron/main/services/caseAgencies'
import * as casePlans from '../../electron/main/services/casePlans'
import * as caseRecord from '../../electron/main/services/caseRecord'
import * as exportsService from '../../electron/main/services/exports'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import { folderSaver, type FileSaver } from '../../electron/main/export/fileSaver'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { casePlanInput } from '../../shared/domain/casePlan'
import { caseAgencyInput, caseUpdateInput } from '../../shared/domain/record/caseEdits'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { createTestApp, makeCase, type TestApp } from '../helpers/db'
import { readDocxBytes, tables } from '../helpers/docx'
import { makeLogoPng } from '../helpers/logoPng'
import { exportRedacted } from '../helpers/redactedExport'
import * as logo from '../../electron/main/services/logo'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

/** A family discussed at an approved meeting, with an action and direction of travel. */
function approvedMeeting(test: TestApp) {
  const family = makeCase(test, { title: 'The Whitlock family', riskLevel: 'high' })
  const dawn = people.add(
    test.ctx,
    family.id,
    personInput.parse({
      role: 'subject',
      firstName: 'Dawn',
      lastName: 'Whitlock',
      dateOfBirth: '1984-02-17',
      nhsNumber: '9434765919',
      address: '14 Acacia Road, Stretford M32 0AB',
    }),
  )
  people.add(
    test.ctx,
    family.id,
    personInput.parse({
      role: 'child',
      firstName: 'Kayden',
      lastName: 'Whitlock',
      dateOfBirth: '2014-09-03',
      policeReference: 'GMP/24/88812',
    }),
  )
  people.recordConsent(
    test.ctx,
    consentInput.parse({
      personId: dawn.id,
      status: 'given',
      recordedOn: '2026-10-01',
      scope: 'All agencies at the meeting',
      lawfulBasis: 'consent',
    }),
  )
  const meeting = meetings.create(
    test.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: test.admin.id }),
  )
  const item = meeting.items[0]!
  const me = meeting.attendees[0]!
  attendance.mark(test.ctx, { attendeeId: me.id, attendance: 'present', informationSent: false })
  attendance.agree(test.ctx, { attendeeId: me.id, agreed: true })
  actions.raise(test.ctx, {
    itemId: item.id,
    description: "Book Kayden's school nurse review with Dawn",
    ownerName: 'Sam Patel',
    ownerAgencyId: test.agency('Housing').id,
    dueDate: '2026-11-19',
  })
  agenda.record(
    test.ctx,
    agendaItemRecordInput.parse({
      itemId: item.id,
      done: true,
      discussion: "Dawn's rent arrears rising; Kayden missed school twice.",
      decisions: 'Joint visit next week',
      riskAfter: 'medium',
      direction: 'worsening',
      directionReason: 'Arrears up',
      agenciesShared: [test.agency('Police').id],
    }),
  )
  meetings.finish(test.ctx, { meetingId: meeting.id, nextMeetingDate: '2026-11-12' })
  meetings.approve(test.ctx, meeting.id)
  return { family, meeting }
}

describe('exports, through the services, saved and read back', () => {
  it('exports approved minutes with the real content, and records it in the register', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { meeting } = approvedMeeting(app)
    const result = await exportsService.minutes(app.ctx, folderSaver(`${app.dir}/exports`), {
      variant: 'full',
      meetingId: meeting.id,
      recipients: 'Meeting members',
    })
    expect(basename(result.savedTo!)).toBe('Weekly case meeting 2026-11-05 minutes v1.docx')
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    const body = docx.paragraphsText.join('\n') + docx.documentXml
    for (const text of [
      'Alex Admin',
      "Book Kayden's school nurse review with Dawn",
      'Sam Patel',
      'Worsening',
      'Arrears up',
      'Medium',
      'High',
      'Police',
    ])
      expect(body).toContain(text)
    expect(docx.headers.join()).toContain('OFFICIAL-SENSITIVE')
    expect(docx.footers.join()).toContain('NUMPAGES')
    expect(exportsService.register(app.ctx)).toMatchObject([
      { document: 'minutes', variant: 'full', recipients: 'Meeting members', byName: 'Alex Admin', version: '1' },
    ])
    expect(() => app!.db.prepare('DELETE FROM export_register').run()).toThrow('the export register is append-only')
  })

  it('names a case without consent by reference and initials only, even in the full minutes', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const family = makeCase(app, { title: 'The Quigley family' })
    const subject = people.add(
      app.ctx,
      family.id,
      personInput.parse({ role: 'subject', firstName: 'Noreen', lastName: 'Quigley', dateOfBirth: '1971-03-03' }),
    )
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: subject.id, status: 'refused', recordedOn: '2026-11-01', lawfulBasis: 'public_task' }),
    )
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: '', chairId: app.admin.id }),
    )
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({ itemId: meeting.items[0]!.id, done: true, discussion: 'Discussed in general terms.' }),
    )
    const result = await exportsService.minutes(app.ctx, folderSaver(`${app.dir}/exports`), {
      variant: 'full',
      meetingId: meeting.id,
      recipients: '',
    })
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    expect(docx.allText).toContain(`${family.reference} – (NQ)`)
    for (const secret of ['Quigley', 'Noreen', '1971']) expect(docx.allText).not.toContain(secret)
  })

  it('a redacted copy holds no name, date of birth, address or identifier of the household anywhere in the package', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { meeting } = approvedMeeting(app)
    const result = await exportRedacted(app.ctx, folderSaver(`${app.dir}/exports`), {
      meetingId: meeting.id,
      recipientAgencyId: app.agency('Schools').id,
      recipients: 'Partnership board',
    })
    expect(basename(result.savedTo!)).toContain('REDACTED for Schools')
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    for (const secret of [
      'Dawn',
      'Kayden',
      'Whitlock',
      'WHITLOCK',
      '1984',
      '2014-09-03',
      '9434765919',
      '943 476 5919',
      'GMP/24/88812',
      'Acacia',
      'M32 0AB',
    ])
      expect(docx.allText).not.toContain(secret)
    expect(docx.allText).toContain('REDACTED')
    expect(exportsService.register(app.ctx)[0]).toMatchObject({
      variant: 'redacted',
      recipientAgency: 'Schools',
      receives: [],
      recipients: 'Partnership board',
    })
  })

  it('leaves a health discussion out of the copy for an agency that may not receive health information', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const family = makeCase(app, { title: 'The Whitlock family' })
    const dawn = people.add(app.ctx, family.id, personInput.parse({ role: 'subject', firstName: 'Dawn', lastName: 'Whitlock' }))
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: dawn.id, status: 'given', recordedOn: '2026-10-01', scope: 'All agencies', lawfulBasis: 'consent' }),
    )
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: '', chairId: app.admin.id }),
    )
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: meeting.items[0]!.id,
        done: true,
        discussion: 'Medication review pending with the community psychiatric nurse.',
        discussionCategory: 'health',
      }),
    )
    const saver = folderSaver(`${app.dir}/exports`)
    // Each agency's stored profile decides: Schools receive no health information, the GP does.
    agencies.setProfile(app.ctx, { id: app.agency('GP').id, receives: ['health'] })
    const forSchools = await exportRedacted(app.ctx, saver, {
      meetingId: meeting.id,
      recipientAgencyId: app.agency('Schools').id,
      recipients: '',
    })
    expect((await readDocxBytes(readFileSync(forSchools.savedTo!))).allText).not.toContain('Medication review pending')
    const forGp = await exportRedacted(app.ctx, saver, { meetingId: meeting.id, recipientAgencyId: app.agency('GP').id, recipients: '' })
    expect(exportsService.register(app.ctx)[0]).toMatchObject({ recipientAgency: 'GP practice', receives: ['health'] })
    expect((await readDocxBytes(readFileSync(forGp.savedTo!))).allText).toContain('Medication review pending')
  })

  it('exports a case plan with the plan parts, and the action tracker', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { family } = approvedMeeting(app)
    const detail = caseRecord.get(app.ctx, family.id)
    caseRecord.update(
      app.ctx,
      caseUpdateInput.parse({
        caseId: family.id,
        title: detail.title,
        keyworkerId: detail.keyworkerId,
        leadAgencyId: detail.leadAgencyId,
        riskLevel: detail.riskLevel,
        nextReviewDate: '2026-12-03',
        aspirations: 'Keep the family together at home',
        strengths: 'Dawn never misses school meetings',
        needs: ['housing', 'debt'],
      }),
    )
    casePlans.save(
      app.ctx,
      casePlanInput.parse({
        caseId: family.id,
        personViews: 'Dawn wants one worker, not five.',
        outcomes: [{ description: 'Arrears repaid by March', needs: ['debt'] }],
        contingency: ['If an eviction date is set, call an urgent professionals meeting'],
        contingencyContacts: [
          { who: 'Out of hours social care', service: 'Council', phone: '0161 912 2020', when: 'Evenings and weekends' },
        ],
        stepDownCriteria: ['Tenancy secure for three months'],
      }),
    )
    const saver = folderSaver(`${app.dir}/exports`)
    const plan = await readDocxBytes(
      readFileSync((await exportsService.casePlan(app.ctx, saver, { caseId: family.id, recipients: 'Family and agencies' })).savedTo!),
    )
    for (const text of [
      'Keep the family together at home',
      'Dawn wants one worker, not five.',
      'Arrears repaid by March',
      'Out of hours social care',
      'Tenancy secure for three months',
      'Worsening',
      "Book Kayden's school nurse review with Dawn",
    ])
      expect(plan.allText).toContain(text)
    const tracker = await readDocxBytes(
      readFileSync((await exportsService.actionTracker(app.ctx, saver, { groupBy: 'agency', recipients: '' })).savedTo!),
    )
    expect(tracker.allText).toContain("Book Kayden's school nurse review with Dawn")
    expect(exportsService.register(app.ctx).map((entry) => entry.document)).toEqual(['action_tracker', 'case_plan'])
  })

  it('puts the organisation logo from Settings on the minutes, and refuses a file that is not a PNG', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { meeting } = approvedMeeting(app)
    expect(() => logo.saveLogo(app!.ctx, { pngBase64: Buffer.from('GIF89a not a png').toString('base64') })).toThrow(
      'Choose a PNG image for the logo',
    )
    logo.saveLogo(app.ctx, { pngBase64: Buffer.from(makeLogoPng()).toString('base64') })
    const result = await exportsService.minutes(app.ctx, folderSaver(`${app.dir}/exports`), {
      variant: 'full',
      meetingId: meeting.id,
      recipients: '',
    })
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    expect(docx.partNames.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true)
  })

  it('writes CSV with a BOM and neutralises formulas', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const record = makeCase(app, { title: '=HYPERLINK("http://evil")' })
    // With consent, so the title itself is exported (a case without consent is named by initials only).
    const subject = people.add(app.ctx, record.id, personInput.parse({ role: 'subject', firstName: 'Dawn', lastName: 'Evil' }))
    people.recordConsent(
      app.ctx,
      consentInput.parse({
        personId: subject.id,
        status: 'given',
        recordedOn: '2026-10-01',
        scope: 'All agencies',
        lawfulBasis: 'consent',
      }),
    )
    const result = await exportsService.csv(app.ctx, folderSaver(`${app.dir}/exports`), { table: 'cases', recipients: '' })
    const text = readFileSync(result.savedTo!, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFReference,Case,Type,Status,Risk,Consent to share,Triage decision,Keyworker,Lead agency,Neighbourhood,Agencies involved,Referrals,Next review',
    )
  })

  it('records nothing when the user cancels the Save dialog', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { meeting } = approvedMeeting(app)
    const cancelled: FileSaver = async () => null
    expect(await exportsService.minutes(app.ctx, cancelled, { variant: 'full', meetingId: meeting.id, recipients: '' })).toEqual({
      savedTo: null,
      fileName: 'Weekly case meeting 2026-11-05 minutes v1.docx',
    })
    expect(exportsService.register(app.ctx)).toEqual([])
  })

  it('keeps names, dates of birth, addresses and identifiers of a case without consent out of the full minutes’ free text', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const family = makeCase(app, { title: 'The Quigley family' })
    const subject = people.add(
      app.ctx,
      family.id,
      personInput.parse({
        role: 'subject',
        firstName: 'Noreen',
        lastName: 'Quigley',
        preferredName: 'Reenie',
        dateOfBirth: '1971-03-03',
        nhsNumber: '4010232137',
        address: 'Flat 2, Moss House, Chester Road, Stretford M32 9QQ',
      }),
    )
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: subject.id, status: 'refused', recordedOn: '2026-11-01', lawfulBasis: 'public_task' }),
    )
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: '', chairId: app.admin.id }),
    )
    const item = meeting.items[0]!
    actions.raise(app.ctx, {
      itemId: item.id,
      description: 'Offer Reenie a visit at Moss House',
      ownerName: 'Sam Patel',
      ownerAgencyId: app.agency('Housing').id,
      dueDate: '2026-11-19',
    })
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: "Noreen Quigley (born 3 Mar 71, NHS 401 023 2137) was seen at Moss House on Chester Road; Mrs Quigley's daughter rang.",
        decisions: 'Keyworker to write to Noreen',
        directionReason: "Quigley's arrears rising",
        direction: 'worsening',
        riskAfter: 'high',
      }),
    )
    const result = await exportsService.minutes(app.ctx, folderSaver(`${app.dir}/exports`), {
      variant: 'full',
      meetingId: meeting.id,
      recipients: '',
    })
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    expect(docx.allText).toContain(
      'NQ (born [date of birth removed], NHS [identifier removed]) was seen at [address removed] on [address removed]',
    )
    expect(docx.allText).toContain('Keyworker to write to NQ')
    expect(docx.allText).toContain('Offer NQ a visit at [address removed]')
    for (const secret of [
      'Quigley',
      'QUIGLEY',
      'Noreen',
      'Reenie',
      '1971',
      '3 Mar 71',
      '401 023 2137',
      'Moss House',
      'Chester Road',
      'M32 9QQ',
    ])
      expect(docx.allText).not.toContain(secret)
  })

  it('lists the agencies that shared information with the category of the discussion, and no filler text', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const family = makeCase(app, { title: 'The Whitlock family' })
    const dawn = people.add(app.ctx, family.id, personInput.parse({ role: 'subject', firstName: 'Dawn', lastName: 'Whitlock' }))
    people.recordConsent(
      app.ctx,
      consentInput.parse({ personId: dawn.id, status: 'given', recordedOn: '2026-10-01', scope: 'All agencies', lawfulBasis: 'consent' }),
    )
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: '', chairId: app.admin.id }),
    )
    const item = meeting.items[0]!
    actions.raise(app.ctx, {
      itemId: item.id,
      description: 'Chase the memory clinic letter',
      ownerName: 'Sam Patel',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2026-11-19',
    })
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: 'Dementia diagnosis confirmed by the memory clinic.',
        discussionCategory: 'health',
        decisions: 'Refer to the dementia advisor',
        direction: 'worsening',
        directionReason: 'Memory worse since the diagnosis',
        riskAfter: 'high',
        agenciesShared: [app.agency('GP').id, app.agency('Police').id],
      }),
    )
    const saver = folderSaver(`${app.dir}/exports`)
    const full = await readDocxBytes(
      readFileSync((await exportsService.minutes(app.ctx, saver, { variant: 'full', meetingId: meeting.id, recipients: '' })).savedTo!),
    )
    const shared = tables(full.documentXml).find((table) => table[0]?.[0] === 'Agency')
    expect(shared).toEqual([
      ['Agency', 'Type'],
      ['GP practice', 'Health information'],
      [expect.stringContaining('Police'), 'Health information'],
    ])
    expect(full.allText).not.toContain('Shared information for this discussion')
    // Schools may not receive health information: the discussion, its decisions, direction reason and another agency's action go.
    const forSchools = await readDocxBytes(
      readFileSync(
        (await exportRedacted(app.ctx, saver, { meetingId: meeting.id, recipientAgencyId: app.agency('Schools').id, recipients: '' }))
          .savedTo!,
      ),
    )
    for (const secret of ['Dementia', 'dementia advisor', 'Memory worse', 'memory clinic']) expect(forSchools.allText).not.toContain(secret)
    expect(forSchools.paragraphsText).toContain('Withheld: health information (not shared with Schools)')
    expect(forSchools.paragraphsText).toContain('No shared information that Schools may receive.')
    expect(forSchools.allText).not.toContain('No agency shared information on this case.')
    expect(forSchools.allText).toContain('Worsening')
  })

  it('dates an approval by the UK day, not the UTC one', async () => {
    app = createTestApp('2026-06-10T09:00:00.000Z')
    const family = makeCase(app, { title: 'The Okafor family' })
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-06-10', time: '10:00', location: '', chairId: app.admin.id }),
    )
    agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId: meeting.items[0]!.id, done: true, discussion: 'Reviewed.' }))
    meetings.finish(app.ctx, { meetingId: meeting.id, nextMeetingDate: '2026-06-17' })
    // 23:30 UTC on 10 June is 00:30 on 11 June in London (BST).
    app.setNow('2026-06-10T23:30:00.000Z')
    meetings.approve(app.ctx, meeting.id)
    const docx = await readDocxBytes(
      readFileSync(
        (
          await exportsService.minutes(app.ctx, folderSaver(`${app.dir}/exports`), {
            variant: 'full',
            meetingId: meeting.id,
            recipients: '',
          })
        ).savedTo!,
      ),
    )
    expect(docx.paragraphsText.join('\n')).toContain('on 11 June 2026')
    expect(family.reference).toMatch(/^RT-/u)
  })

  it('a case plan links actions to needs, gives the keyworker’s contact, and names each agency’s contact and involvement', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { family } = approvedMeeting(app)
    const detail = caseRecord.get(app.ctx, family.id)
    caseRecord.update(
      app.ctx,
      caseUpdateInput.parse({
        caseId: family.id,
        title: detail.title,
        keyworkerId: detail.keyworkerId,
        leadAgencyId: detail.leadAgencyId,
        riskLevel: detail.riskLevel,
        nextReviewDate: '2026-12-03',
        aspirations: '',
        strengths: '',
        needs: ['housing', 'debt'],
      }),
    )
    caseAgencies.add(
      app.ctx,
      caseAgencyInput.parse({
        caseId: family.id,
        agencyId: app.agency('ASC').id,
        contactName: 'Alex Admin',
        contactDetails: '0161 912 3000',
        since: '2026-10-01',
      }),
    )
    caseAgencies.add(app.ctx, caseAgencyInput.parse({ caseId: family.id, agencyId: app.agency('Police').id, since: '2026-10-14' }))
    const [action] = actions.listForCase(app.ctx, family.id)
    // An action that is not this case's is refused at the field, and nothing is saved.
    const other = makeCase(app, { title: 'Another family' })
    expect(() =>
      casePlans.save(app!.ctx, casePlanInput.parse({ caseId: other.id, actionNeeds: [{ actionId: action!.id, needs: ['debt'] }] })),
    ).toThrow('That action is not one of this case’s actions')
    expect(casePlans.get(app.ctx, other.id).version).toBe(0)
    expect(() =>
      casePlans.save(
        app!.ctx,
        casePlanInput.parse({ caseId: family.id, actionNeeds: [{ actionId: action!.id, needs: ['mental_health'] }] }),
      ),
    ).toThrow('Link an action only to needs recorded on this case.')
    casePlans.save(app.ctx, casePlanInput.parse({ caseId: family.id, actionNeeds: [{ actionId: action!.id, needs: ['debt'] }] }))
    expect(casePlans.get(app.ctx, family.id).actionNeeds).toEqual([{ actionId: action!.id, needs: ['debt'] }])
    const plan = await readDocxBytes(
      readFileSync(
        (await exportsService.casePlan(app.ctx, folderSaver(`${app.dir}/exports`), { caseId: family.id, recipients: '' })).savedTo!,
      ),
    )
    const planTables = tables(plan.documentXml)
    const actionsTable = planTables.find((table) => table[0]?.[0] === 'Action')
    // Needs are numbered in the case's order (debt N1, housing N2): the action meets debt.
    expect(actionsTable?.[1]).toEqual([
      "Book Kayden's school nurse review with Dawn",
      expect.stringContaining('Sam Patel'),
      '19 Nov 2026',
      'N1',
      'Open',
    ])
    expect(planTables.find((table) => table[0]?.[0] === 'Need')).toEqual([
      ['Need', 'Description'],
      ['N1', expect.any(String)],
      ['N2', expect.any(String)],
    ])
    expect(plan.paragraphsText.join('\n')).toMatch(/Keyworker \(main contact\): ?Alex Admin, Council adult social care, 0161 912 3000/u)
    const agenciesTable = planTables.find((table) => table[0]?.[0] === 'Agency' && table[0]?.[1] === 'Named contact')
    expect(agenciesTable).toContainEqual([
      'Council adult social care',
      'Alex Admin',
      '0161 912 3000',
      "Keyworker's agency; Involved since 1 October 2026; named contact Alex Admin",
    ])
    expect(agenciesTable).toContainEqual([
      expect.stringContaining('Police'),
      'Not named yet',
      'Not recorded',
      'Involved since 14 October 2026; no named contact yet',
    ])
  })
})
