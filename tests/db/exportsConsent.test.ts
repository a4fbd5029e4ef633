/**
 * Issue 10, consent everywhere: the action tracker, the case plan and the
 * CSVs name a case without consent by reference and initials only, marked,
 * and initials that read as an abbreviation ('GP') get a suffix.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import * as actions from '../../electron/main/services/actions'
import * as exportsService from '../../electron/main/services/exports'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import { folderSaver } from '../../electron/main/export/fileSaver'
import { meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { createTestApp, makeCase, type TestApp } from '../helpers/db'
import { readDocxBytes } from '../helpers/docx'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

function priceCase(test: TestApp) {
  const record = makeCase(test, { kind: 'individual', title: 'Gareth Price' })
  const gareth = people.add(
    test.ctx,
    record.id,
    personInput.parse({
      role: 'subject',
      firstName: 'Gareth',
      lastName: 'Price',
      dateOfBirth: '1970-11-05',
      address: 'Flat 3, Rowan Court, Urmston M41 0TT',
    }),
  )
  people.recordConsent(
    test.ctx,
    consentInput.parse({ personId: gareth.id, status: 'refused', recordedOn: '2026-11-01', lawfulBasis: 'public_task' }),
  )
  const meeting = meetings.create(
    test.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: test.admin.id }),
  )
  actions.raise(test.ctx, {
    itemId: meeting.items[0]!.id,
    description: 'Welfare check on Gareth Price at Rowan Court',
    ownerName: 'Sam Patel',
    ownerAgencyId: test.agency('Police').id,
    dueDate: '2026-11-19',
  })
  return record
}

const secrets = ['Gareth', 'Price', 'Rowan Court', '1970']

describe('a case without consent, outside the minutes', () => {
  it('the action tracker names it by reference and initials, marked, with a suffix for initials that read as GP', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const record = priceCase(app)
    const result = await exportsService.actionTracker(app.ctx, folderSaver(`${app.dir}/exports`), { groupBy: 'agency', recipients: '' })
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    expect(docx.allText).toContain(`${record.reference} GP (subject) – No consent to share`)
    expect(docx.allText).toContain('Welfare check on GP (subject) at [address removed]')
    expect(docx.allText).toContain('Sam Patel')
    for (const secret of secrets) expect(docx.allText).not.toContain(secret)
  })

  it('the actions and cases CSVs do the same', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const record = priceCase(app)
    const saver = folderSaver(`${app.dir}/exports`)
    const actionsCsv = readFileSync((await exportsService.csv(app.ctx, saver, { table: 'actions', recipients: '' })).savedTo!, 'utf8')
    expect(actionsCsv).toContain(
      `${record.reference} GP (subject) – No consent to share,Welfare check on GP (subject) at [address removed],Sam Patel`,
    )
    const casesCsv = readFileSync((await exportsService.csv(app.ctx, saver, { table: 'cases', recipients: '' })).savedTo!, 'utf8')
    expect(casesCsv).toContain(`${record.reference},GP (subject) – No consent to share,`)
    for (const secret of secrets) {
      expect(actionsCsv).not.toContain(secret)
      expect(casesCsv).not.toContain(secret)
    }
  })

  it('the case plan is titled by initials and marked, and names the member by initials', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const record = priceCase(app)
    const result = await exportsService.casePlan(app.ctx, folderSaver(`${app.dir}/exports`), { caseId: record.id, recipients: 'Agencies' })
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    expect(docx.allText).toContain(`${record.reference} – GP (subject) – No consent to share`)
    expect(docx.allText).toContain('Welfare check on GP (subject) at [address removed]')
    for (const secret of secrets) expect(docx.allText).not.toContain(secret)
  })
})
