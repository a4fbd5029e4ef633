import { afterEach, describe, expect, it } from 'vitest'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import { meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { personInput } from '../../shared/domain/record/people'
import { createTestApp, makeCase, makeUser, type TestApp } from '../helpers/db'
import { appHandlers } from '../helpers/handlers'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

interface Row {
  id: number
  actor_id: string | null
  action: string
  entity: string
  entity_id: string | null
  detail: string | null
}
const rowsAfter = (test: TestApp, id: number) =>
  test.db.prepare<[number], Row>('SELECT id, actor_id, action, entity, entity_id, detail FROM audit_log WHERE id > ? ORDER BY id').all(id)
const lastId = (test: TestApp) => test.db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM audit_log').get()?.id ?? 0

function scene() {
  const test = createTestApp('2026-11-20T09:00:00.000Z')
  const c = makeCase(test, { title: 'The Okafor family', riskLevel: 'high' })
  const person = people.add(
    test.ctx,
    c.id,
    personInput.parse({ role: 'subject', firstName: 'Ada', lastName: 'Okafor', dateOfBirth: '1990-01-02' }),
  )
  const meeting = meetings.create(
    test.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-26', time: '10:00', location: 'Stretford Hub', chairId: test.admin.id }),
  )
  return { test, c, person, meeting }
}

describe('every read of personal data leaves one audit row naming the channel', () => {
  it('audits each read channel with the signed-in user, the entity and (for one record) its id', async () => {
    const { test, c, person, meeting } = scene()
    app = test
    const { call } = appHandlers(test)
    const reads: Array<[() => Promise<unknown>, string, string, string | null]> = [
      [() => call('cases:list', {}), 'cases:list', 'case', null],
      [() => call('cases:get', { id: c.id }), 'cases:get', 'case', c.id],
      [() => call('cases:timeline', { id: c.id }), 'cases:timeline', 'case', c.id],
      [() => call('cases:search', { text: 'Okafor' }), 'cases:search', 'case', null],
      [() => call('cases:directionHistory', { id: c.id }), 'cases:directionHistory', 'case', c.id],
      [() => call('consent:history', { personId: person.id }), 'consent:history', 'person', person.id],
      [() => call('triage:list', {}), 'triage:list', 'triage', null],
      [() => call('triage:checkRepeat', { caseId: c.id, receivedAt: '2026-11-20T09:00:00.000Z' }), 'triage:checkRepeat', 'case', c.id],
      [() => call('actions:list', {}), 'actions:list', 'action', null],
      [() => call('actions:listForCase', { id: c.id }), 'actions:listForCase', 'case', c.id],
      [() => call('casePlans:get', { id: c.id }), 'casePlans:get', 'case_plan', c.id],
      [() => call('demand:list', { id: c.id }), 'demand:list', 'case', c.id],
      [() => call('meetings:get', { meetingId: meeting.id }), 'meetings:get', 'meeting', meeting.id],
    ]
    for (const [read, channel, entity, entityId] of reads) {
      const before = lastId(test)
      await read()
      const rows = rowsAfter(test, before)
      expect(
        rows.map((row) => [row.actor_id, row.action, row.entity, row.entity_id, row.detail]),
        channel,
      ).toEqual([[test.admin.id, 'view', entity, entityId, JSON.stringify({ channel })]])
    }
  })

  it('writes nothing of the search text, and no row when the read fails', async () => {
    const { test } = scene()
    app = test
    const { handlers } = appHandlers(test)
    const before = lastId(test)
    await handlers['cases:search']({ text: 'Okafor', dateOfBirth: null })
    expect(JSON.stringify(rowsAfter(test, before))).not.toContain('Okafor')
    const failedFrom = lastId(test)
    await expect(handlers['cases:get']({ id: crypto.randomUUID() })).rejects.toThrow('was not found')
    expect(rowsAfter(test, failedFrom)).toEqual([])
  })
})

describe('meeting writes that were not audited before', () => {
  it('audits agenda:record with the fields changed (never their text), agenda:move, attendance and the current item', async () => {
    const { test, c, meeting } = scene()
    app = test
    const second = makeCase(test, { title: 'Second', riskLevel: 'high' })
    const { call } = appHandlers(test)
    const detail = await call('meetings:refreshAgenda', { meetingId: meeting.id })
    const item = detail.items.find((row) => row.caseId === c.id)!
    expect(detail.items.some((row) => row.caseId === second.id)).toBe(true)
    const chair = detail.attendees[0]!
    const guestUser = makeUser(test, { name: 'Pat Police', agencyShortName: 'Police' })

    let before = lastId(test)
    const added = await call('attendance:add', { meetingId: meeting.id, guestName: 'Jo Guest', agencyId: test.agency('Police').id })
    const guest = added.attendees.find((a) => a.name === 'Jo Guest')!
    await call('attendance:mark', { attendeeId: chair.id, attendance: 'present' })
    await call('attendance:agree', { attendeeId: chair.id, agreed: true })
    await call('attendance:remove', { attendeeId: guest.id })
    await call('meetings:start', { meetingId: meeting.id })
    await call('meetings:setCurrentItem', { meetingId: meeting.id, itemId: item.id })
    await call('agenda:move', { itemId: item.id, direction: 'down' })
    await call('agenda:record', {
      itemId: item.id,
      discussion: 'Ada said her brother is back',
      decisions: 'Refer to IDVA',
      riskAfter: 'medium',
      shareWithoutConsentRationale: 'Risk to a child',
      shareWithoutConsentBy: 'Kim',
    })
    const rows = rowsAfter(test, before).filter((row) => row.action !== 'start')
    expect(rows.map((row) => [row.actor_id, row.action, row.entity, row.entity_id])).toEqual([
      [test.admin.id, 'attendance-add', 'meeting', meeting.id],
      [test.admin.id, 'attendance-mark', 'meeting', meeting.id],
      [test.admin.id, 'attendance-agree', 'meeting', meeting.id],
      [test.admin.id, 'attendance-remove', 'meeting', meeting.id],
      [test.admin.id, 'set-current-item', 'meeting', meeting.id],
      [test.admin.id, 'agenda-move', 'meeting', meeting.id],
      [test.admin.id, 'agenda-record', 'agenda_item', item.id],
    ])
    const recorded = JSON.parse(rows.at(-1)!.detail!) as { fields: string[]; caseId: string }
    expect(recorded).toEqual({
      meetingId: meeting.id,
      caseId: c.id,
      fields: ['discussion', 'decisions', 'riskAfter', 'shareWithoutConsentRationale', 'shareWithoutConsentBy'],
    })
    const all = JSON.stringify(rows)
    for (const secret of ['Ada', 'brother', 'IDVA', 'Risk to a child', 'Jo Guest', 'Kim']) expect(all).not.toContain(secret)
    expect(JSON.parse(rows[0]!.detail!)).toEqual({ attendeeId: guest.id, userId: null, guest: true })

    before = lastId(test)
    await call('attendance:add', { meetingId: meeting.id, userId: guestUser.id, agencyId: test.agency('Police').id })
    expect(rowsAfter(test, before).map((row) => [row.action, JSON.parse(row.detail!).userId])).toEqual([['attendance-add', guestUser.id]])
  })
})
