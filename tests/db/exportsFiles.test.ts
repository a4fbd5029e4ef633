/**
 * Issue 10: export file names and the register. A draft says DRAFT, the
 * meeting kind keeps its full label ('Hub / deep dive', made safe), and the
 * register records the file really written, not the name suggested.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as exportsService from '../../electron/main/services/exports'
import * as meetings from '../../electron/main/services/meetings'
import { folderSaver, safeFileName } from '../../electron/main/export/fileSaver'
import { meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { createTestApp, makeCase, type TestApp } from '../helpers/db'
import { readDocxBytes } from '../helpers/docx'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

describe('export file names', () => {
  it('keeps a slash in a name as a dash instead of cutting the name at it', () => {
    expect(safeFileName('Hub / deep dive 2026-11-05 minutes v1.docx')).toBe('Hub - deep dive 2026-11-05 minutes v1.docx')
    expect(safeFileName('../../etc/passwd')).toBe('..-..-etc-passwd')
    expect(safeFileName('..')).toBe('export')
  })

  it('says DRAFT for a draft, keeps the full kind label, and records the path really written', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const meeting = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'hub', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
    )
    const saver = folderSaver(`${app.dir}/exports`)
    const first = await exportsService.minutes(app.ctx, saver, { variant: 'full', meetingId: meeting.id, recipients: '' })
    const second = await exportsService.minutes(app.ctx, saver, { variant: 'full', meetingId: meeting.id, recipients: '' })
    expect(basename(first.savedTo!)).toBe('Hub - deep dive 2026-11-05 minutes v1 DRAFT.docx')
    expect(second.fileName).toBe('Hub - deep dive 2026-11-05 minutes v1 DRAFT (2).docx')
    expect(
      exportsService
        .register(app.ctx)
        .map((entry) => entry.fileName)
        .sort(),
    ).toEqual([first.savedTo, second.savedTo].sort())
  })
})

describe('the next-meeting line', () => {
  it('gives the meeting set when this one was finished, not the next meeting of another kind', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const review = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'case_review', date: '2026-11-05', time: '14:00', location: 'Review room', chairId: app.admin.id }),
    )
    meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-12', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
    )
    meetings.finish(app.ctx, { meetingId: review.id, nextMeetingDate: '2026-12-03' })
    const result = await exportsService.minutes(app.ctx, folderSaver(`${app.dir}/exports`), {
      variant: 'full',
      meetingId: review.id,
      recipients: '',
    })
    const text = (await readDocxBytes(readFileSync(result.savedTo!))).paragraphsText
    expect(text[text.indexOf('Next meeting') + 1]).toBe('3 December 2026')
    expect(text.join('\n')).not.toContain('12 November 2026')
  })
})
