import { afterEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../electron/main/ipc/dispatch'
import type { SafeLogger } from '../../electron/main/log'
import * as actions from '../../electron/main/services/actions'
import * as meetings from '../../electron/main/services/meetings'
import { bulkActionUpdateInput } from '../../shared/domain/meetings/actions'
import { meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { createTestApp, makeCase, TEST_PIN, type TestApp } from '../helpers/db'
import { contentsHash } from '../helpers/dbContents'
import { boundaryFor } from '../helpers/handlers'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

const silent: SafeLogger = { error: () => undefined, info: () => undefined }

/** Calls a channel through the real boundary; asserts invalid_input and that nothing in the database changed. */
async function expectRefused(test: TestApp, channel: string, input: unknown) {
  const before = contentsHash(test.db)
  const result = await dispatch(boundaryFor(test), DESKTOP_SESSION, channel, input, silent)
  expect(result.ok).toBe(false)
  if (result.ok) return undefined
  expect(result.error.code).toBe('invalid_input')
  expect(contentsHash(test.db)).toBe(before)
  return result.error
}

describe('input that used to reach the database and fail there as internal is refused at the boundary', () => {
  it('a name of only NUL characters', async () => {
    app = createTestApp()
    const error = await expectRefused(app, 'users:create', {
      name: '\u0000\u0000\u0000',
      agencyId: app.agency('Police').id,
      role: 'practitioner',
    })
    expect(error?.fields).toEqual({ name: 'The name contains an invisible control character; remove it or retype the text' })
  })

  it('a NUL or other control character anywhere in a text field, but not tab or a new line', async () => {
    app = createTestApp()
    const c = makeCase(app)
    const update = {
      caseId: c.id,
      keyworkerId: app.admin.id,
      leadAgencyId: app.agency('Housing').id,
      riskLevel: 'medium',
      nextReviewDate: null,
    }
    const error = await expectRefused(app, 'cases:update', { ...update, title: 'Okafor\u0000 family' })
    expect(error?.fields).toEqual({ title: 'The case title contains an invisible control character; remove it or retype the text' })
    await expectRefused(app, 'cases:update', { ...update, title: 'Okafor', summary: 'Arrears\u001b rising' })
    const saved = await dispatch(
      boundaryFor(app),
      DESKTOP_SESSION,
      'cases:update',
      { ...update, title: 'Okafor', summary: 'Arrears rising\n\tsince June' },
      silent,
    )
    expect(saved).toMatchObject({ ok: true, value: { summary: 'Arrears rising\n\tsince June' } })
    const ok = await dispatch(
      boundaryFor(app),
      DESKTOP_SESSION,
      'users:create',
      { name: 'Sam\tKey', agencyId: app.agency('Police').id, role: 'practitioner', credential: TEST_PIN },
      silent,
    )
    expect(ok).toMatchObject({ ok: true, value: { name: 'Sam\tKey' } })
  })

  it('a lone surrogate (half an emoji) is refused rather than stored as U+FFFD; a whole emoji is kept', async () => {
    app = createTestApp()
    const error = await expectRefused(app, 'users:create', { name: 'Sam \uD83D', agencyId: app.agency('Police').id, role: 'practitioner' })
    expect(error?.fields).toEqual({ name: 'The name contains a broken character (half of an emoji or symbol); retype it' })
    await expectRefused(app, 'users:create', { name: '\uDE00 Sam', agencyId: app.agency('Police').id, role: 'practitioner' })
    const ok = await dispatch(
      boundaryFor(app),
      DESKTOP_SESSION,
      'users:create',
      { name: 'Sam \uD83D\uDE00', agencyId: app.agency('Police').id, role: 'practitioner', credential: TEST_PIN },
      silent,
    )
    expect(ok).toMatchObject({ ok: true, value: { name: 'Sam \uD83D\uDE00' } })
  })

  it('withdrawing an action that already has progress recorded', async () => {
    app = createTestApp('2026-11-05T09:00:00.000Z')
    makeCase(app)
    const m = meetings.create(
      app.ctx,
      meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
    )
    const itemId = m.items[0]?.id ?? ''
    const raised = actions.raise(app.ctx, {
      itemId,
      description: 'Joint visit',
      ownerName: 'PC Jones',
      ownerAgencyId: app.agency('Police').id,
      dueDate: '2027-06-01',
    })
    const actionId = raised.newActions[0]?.id ?? ''
    actions.bulkUpdate(app.ctx, bulkActionUpdateInput.parse({ actionIds: [actionId], outcome: 'done', note: 'Visit made' }))
    const error = await expectRefused(app, 'actions:withdraw', { actionId })
    expect(error?.message).toBe(
      '“Joint visit” already has progress recorded, so it cannot be withdrawn. Mark it dropped with a reason instead.',
    )
  })
})
