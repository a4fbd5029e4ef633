import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import * as agenda from '../../electron/main/services/agenda'
import * as exportsService from '../../electron/main/services/exports'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import * as redactionReview from '../../electron/main/services/redactionReview'
import { folderSaver } from '../../electron/main/export/fileSaver'
import { minutesExportInput, redactionReviewInput } from '../../shared/domain/exports'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { createTestApp, makeCase, makeUser, signInAs, type TestApp } from '../helpers/db'
import { readDocxBytes } from '../helpers/docx'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

/** The O'Neill-Kerr household at a draft weekly meeting, with a school and a code no rule knows. */
function draftMeeting(test: TestApp) {
  const family = makeCase(test, { title: "The O'Neill-Kerr family" })
  const mum = people.add(
    test.ctx,
    family.id,
    personInput.parse({
      role: 'subject',
      firstName: 'Siobhan',
      lastName: "O'Neill-Kerr",
      dateOfBirth: '1988-04-02',
      address: '12 Kingsway, Stretford, Manchester M32 8QT',
    }),
  )
  people.add(
    test.ctx,
    family.id,
    personInput.parse({ role: 'child', firstName: 'Ann', lastName: "O'Neill-Kerr", dateOfBirth: '2016-05-01' }),
  )
  people.recordConsent(
    test.ctx,
    consentInput.parse({ personId: mum.id, status: 'given', recordedOn: '2026-10-01', scope: 'All agencies', lawfulBasis: 'consent' }),
  )
  const meeting = meetings.create(
    test.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: test.admin.id }),
  )
  const item = meeting.items.find((candidate) => candidate.caseId === family.id)!
  agenda.record(
    test.ctx,
    agendaItemRecordInput.parse({
      itemId: item.id,
      done: true,
      discussion: "Siobhan's return to Kingsway went well.\nAnn started at Oakfield Primary on Tuesday; her locker code is QX7731.",
      decisions: 'Annual review planned; marked as stable',
    }),
  )
  return { family, meeting, item }
}

const start = (test: TestApp, meetingId: string, terms: Array<{ text: string; caseReference: string | null }> = [], reviewId?: string) =>
  redactionReview.review(
    test.ctx,
    redactionReviewInput.parse({ meetingId, recipientAgencyId: test.agency('Schools').id, terms, ...(reviewId ? { reviewId } : {}) }),
  )

describe('the review of a redacted copy before it is saved', () => {
  it('lists every replacement per case in context, and flags what could still identify someone', () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { family, meeting } = draftMeeting(app)
    const review = start(app, meeting.id)

    const own = review.cases.find((group) => group.caseReference === family.reference)!
    expect(own.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          original: "Siobhan's",
          replacement: "Adult A's",
          before: '',
          after: expect.stringContaining(' return to '),
        }),
        expect.objectContaining({ original: 'Kingsway', replacement: '[address removed]', before: expect.stringContaining('return to ') }),
        expect.objectContaining({ original: 'Ann', replacement: 'Child A', after: expect.stringContaining(' started at Oakfield') }),
      ]),
    )
    expect(review.replacementCount).toBe(review.cases.reduce((sum, group) => sum + group.changes.length, 0))
    const flagged = Object.fromEntries(review.flags.map((flag) => [flag.text, flag.reason]))
    expect(flagged).toMatchObject({ Oakfield: 'unknown_word', QX7731: 'number' })
    // Ordinary words, the calendar, pseudonyms, the organisation's own words and the meeting's place-holders are not flagged.
    for (const safe of ['Annual', 'Primary', 'Tuesday', 'Adult', 'Child', 'Schools', 'Weekly', 'Siobhan', 'Kingsway'])
      expect(flagged).not.toHaveProperty(safe)
    expect(review.flags.find((flag) => flag.text === 'Oakfield')).toMatchObject({
      caseReferences: [family.reference],
      before: expect.stringContaining('started at '),
      after: expect.stringContaining(' Primary'),
    })
  })

  it('saves exactly the copy reviewed, only once every flag is decided, and records the outcome', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { family, meeting, item } = draftMeeting(app)
    const saver = folderSaver(`${app.dir}/exports`)
    const first = start(app, meeting.id)
    const save = (reviewId: string, accepted: string[]) =>
      exportsService.minutes(
        app!.ctx,
        saver,
        minutesExportInput.parse({
          variant: 'redacted',
          meetingId: meeting.id,
          recipientAgencyId: app!.agency('Schools').id,
          recipients: 'Board',
          reviewId,
          accepted,
        }),
      )

    await expect(save(first.reviewId, [])).rejects.toMatchObject({
      code: 'invalid_input',
      fields: { accepted: expect.stringContaining('still to decide') },
    })
    // Oakfield is redacted and kept with the case; the code for this document only.
    const second = start(
      app,
      meeting.id,
      [
        { text: 'Oakfield', caseReference: family.reference },
        { text: 'QX7731', caseReference: null },
      ],
      first.reviewId,
    )
    expect(second.flags.map((flag) => flag.text)).not.toContain('Oakfield')
    expect(second.cases.find((group) => group.caseReference === family.reference)?.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ original: 'Oakfield', replacement: '[redacted]' })]),
    )
    // The earlier review is closed by the new one, and nothing was kept yet.
    await expect(
      save(
        first.reviewId,
        first.flags.map((flag) => flag.key),
      ),
    ).rejects.toMatchObject({ fields: { reviewId: expect.any(String) } })
    expect(app.db.prepare('SELECT COUNT(*) AS n FROM case_redaction_terms').get()).toEqual({ n: 0 })
    expect(exportsService.register(app.ctx)).toEqual([])

    // The minutes change after the review: the saved copy is still the one reviewed.
    agenda.record(
      app.ctx,
      agendaItemRecordInput.parse({
        itemId: item.id,
        done: true,
        discussion: 'Rewritten after the review.',
        decisions: 'Annual review planned; marked as stable',
      }),
    )
    const result = await save(
      second.reviewId,
      second.flags.map((flag) => flag.key),
    )
    const docx = await readDocxBytes(readFileSync(result.savedTo!))
    expect(docx.paragraphsText).toContain("Adult A's return to [address removed] went well.")
    expect(docx.allText).toContain('Child A started at [redacted] Primary on Tuesday; her locker code is [redacted].')
    expect(docx.allText).toContain('Annual review planned; marked as stable')
    for (const secret of ['Rewritten after the review', 'Oakfield', 'QX7731', 'Siobhan', 'Kingsway', "O'Neill", 'Kerr'])
      expect(docx.allText).not.toContain(secret)

    const [entry] = exportsService.register(app.ctx)
    expect(entry).toMatchObject({
      variant: 'redacted',
      recipientAgency: 'Schools',
      review: {
        replacements: second.replacementCount,
        acceptedAsSafe: second.flags.map((flag) => flag.text),
        termsAdded: { document: 1, caseKnownNames: 1 },
        reviewedBy: 'Alex Admin',
      },
    })
    // The register holds how many terms were added, never the terms: they are identifiers.
    expect(JSON.stringify(entry)).not.toContain('Oakfield')
    expect(app.db.prepare('SELECT term FROM case_redaction_terms').all()).toEqual([{ term: 'Oakfield' }])
    const audit = app.db.prepare<[], { detail: string }>("SELECT detail FROM audit_log WHERE action = 'update' AND entity = 'case'").all()
    expect(audit.map((row) => JSON.parse(row.detail) as unknown)).toContainEqual({ redactionTermsAdded: 1 })
    // A saved review cannot be saved twice.
    await expect(save(second.reviewId, [])).rejects.toMatchObject({ fields: { reviewId: expect.any(String) } })

    // The next copy of this case takes the kept term out without being told.
    const later = start(app, meeting.id)
    expect(later.flags.map((flag) => flag.text)).not.toContain('Oakfield')
  })

  it('refuses a review of someone else, for another agency, or a term for a case not on the agenda', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    const { meeting } = draftMeeting(app)
    const mine = start(app, meeting.id)
    expect(() => start(app!, meeting.id, [{ text: 'Oakfield', caseReference: 'RT-1999-0001' }])).toThrow(/not on this meeting's agenda/u)
    expect(() =>
      redactionReviewInput.parse({
        meetingId: meeting.id,
        recipientAgencyId: app!.agency('Schools').id,
        terms: [{ text: ' x ', caseReference: null }],
      }),
    ).toThrow(/at least two characters/u)
    const saver = folderSaver(`${app.dir}/exports`)
    const accepted = mine.flags.map((flag) => flag.key)
    await expect(
      exportsService.minutes(
        app.ctx,
        saver,
        minutesExportInput.parse({
          variant: 'redacted',
          meetingId: meeting.id,
          recipientAgencyId: app.agency('GP').id,
          recipients: '',
          reviewId: mine.reviewId,
          accepted,
        }),
      ),
    ).rejects.toMatchObject({ fields: { reviewId: expect.any(String) } })
    const colleague = makeUser(app, { name: 'Sam Keyworker', role: 'practitioner' })
    signInAs(app, colleague)
    await expect(
      exportsService.minutes(
        app.ctx,
        saver,
        minutesExportInput.parse({
          variant: 'redacted',
          meetingId: meeting.id,
          recipientAgencyId: app.agency('Schools').id,
          recipients: '',
          reviewId: mine.reviewId,
          accepted,
        }),
      ),
    ).rejects.toMatchObject({ fields: { reviewId: expect.any(String) } })
    expect(exportsService.register(app.ctx)).toEqual([])
  })
})
