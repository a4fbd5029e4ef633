import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../electron/main/db/connection'
import * as actions from '../../electron/main/services/actions'
import * as agenda from '../../electron/main/services/agenda'
import * as attendance from '../../electron/main/services/attendance'
import * as meetings from '../../electron/main/services/meetings'
import * as people from '../../electron/main/services/people'
import { agendaItemRecordInput, meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { consentInput } from '../../shared/domain/record/consent'
import { personInput } from '../../shared/domain/record/people'
import { createTestApp, createTestDb, makeCase, type TestApp } from '../helpers/db'

/**
 * Each append-only (or frozen-once-approved) table is attacked with every
 * SQL form that rewrites an existing row without a plain UPDATE or DELETE:
 * REPLACE's implicit delete and UPSERT's DO UPDATE. Each must raise an error
 * and leave the table exactly as it was.
 */

let app: TestApp
let approvedMeetingId = ''
let draftMeetingId = ''

beforeAll(() => {
  app = createTestApp('2026-11-05T09:00:00.000Z')
  const c = makeCase(app)
  const grace = people.add(app.ctx, c.id, personInput.parse({ role: 'subject', firstName: 'Grace', lastName: 'Okafor' }))
  people.recordConsent(
    app.ctx,
    consentInput.parse({ personId: grace.id, status: 'refused', recordedOn: '2026-11-01', lawfulBasis: 'public_task' }),
  )
  const m = meetings.create(
    app.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
  )
  const chair = m.attendees.find((a) => a.userId === app.admin.id)
  if (!chair) throw new Error('The chair is expected at the meeting')
  attendance.mark(app.ctx, { attendeeId: chair.id, attendance: 'present', informationSent: false })
  attendance.agree(app.ctx, { attendeeId: chair.id, agreed: true, skipped: false })
  meetings.start(app.ctx, m.id)
  const itemId = m.items[0]?.id
  if (!itemId) throw new Error('The case is on the agenda')
  agenda.record(app.ctx, agendaItemRecordInput.parse({ itemId, done: true, discussion: 'Discussed arrears' }))
  const raised = actions.raise(app.ctx, {
    itemId,
    description: 'Joint visit',
    ownerName: 'PC Jones',
    ownerAgencyId: app.agency('Police').id,
    dueDate: '2027-06-01',
  })
  const actionId = raised.newActions[0]?.id
  if (!actionId) throw new Error('The action was raised')
  // Progress minuted at this meeting (the carry-forward history).
  app.db
    .prepare(
      "INSERT INTO action_updates (id, action_id, meeting_id, outcome, note, recorded_by, created_at, updated_at) VALUES ('au1', ?, ?, 'open', 'Visit booked', ?, 'now', 'now')",
    )
    .run(actionId, m.id, app.admin.id)
  meetings.finish(app.ctx, { meetingId: m.id, nextMeetingDate: '2026-11-19' })
  meetings.approve(app.ctx, m.id)
  meetings.amend(app.ctx, { meetingId: m.id, text: 'The arrears figure was £1,240.' })
  approvedMeetingId = m.id
  draftMeetingId = meetings.create(
    app.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-26', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
  ).id
  app.db
    .prepare(
      `INSERT INTO export_register (id, at, actor_id, document, entity_id, title, version, variant, file_name, created_at, updated_at)
       VALUES ('x1', '2026-11-05T12:00:00.000Z', ?, 'minutes', ?, 'Minutes 5 November', '1', 'full', 'minutes.docx', '2026-11-05T12:00:00.000Z', '2026-11-05T12:00:00.000Z')`,
    )
    .run(app.admin.id, m.id)
})
afterAll(() => app.cleanup())

type Row = Record<string, unknown>

const tableContents = (db: Db, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()

/** The forms that rewrite an existing row; each puts `row` (with its key) back with one column changed. */
function rewrites(table: string, row: Row, keyColumn: string, column: string): { form: string; sql: string }[] {
  const columns = Object.keys(row)
  const list = columns.join(', ')
  const values = columns.map((name) => `@${name}`).join(', ')
  return [
    { form: 'INSERT OR REPLACE', sql: `INSERT OR REPLACE INTO ${table} (${list}) VALUES (${values})` },
    { form: 'REPLACE', sql: `REPLACE INTO ${table} (${list}) VALUES (${values})` },
    {
      form: 'UPSERT on the key',
      sql: `INSERT INTO ${table} (${list}) VALUES (${values}) ON CONFLICT (${keyColumn}) DO UPDATE SET ${column} = excluded.${column}`,
    },
    {
      form: 'UPSERT on any conflict',
      sql: `INSERT INTO ${table} (${list}) VALUES (${values}) ON CONFLICT DO UPDATE SET ${column} = excluded.${column}`,
    },
  ]
}

interface Protected {
  table: string
  /** The column the attacker tries to change. */
  column: string
  key?: string
  /** Puts the rewritten row in another (draft) meeting, so no INSERT trigger about the approved meeting can catch it. */
  moveTo?: string
}

const protectedTables: Protected[] = [
  { table: 'audit_log', column: 'action' },
  { table: 'consent_records', column: 'status' },
  { table: 'export_register', column: 'title' },
  { table: 'meetings', column: 'location' },
  { table: 'meeting_attendees', column: 'role', moveTo: 'meeting_id' },
  { table: 'agenda_items', column: 'discussion', moveTo: 'meeting_id' },
  { table: 'actions', column: 'description', moveTo: 'raised_at_meeting_id' },
  { table: 'action_updates', column: 'note', moveTo: 'meeting_id' },
  { table: 'minutes_snapshots', column: 'detail', key: 'meeting_id' },
  { table: 'minutes_amendments', column: 'text' },
]

describe('append-only and approved tables cannot be rewritten', () => {
  for (const { table, column, key = 'id', moveTo } of protectedTables) {
    it(`${table}: REPLACE and UPSERT raise an error and change nothing`, () => {
      const before = tableContents(app.db, table)
      const target = (moveTo ? before.find((row) => (row as Row)[moveTo] === approvedMeetingId) : before[0]) as Row | undefined
      if (!target) throw new Error(`The fixture has no ${table} row to attack`)
      const variants: Row[] = [{ ...target, [column]: column === 'status' ? 'given' : 'tampered' }]
      if (moveTo) variants.push({ ...target, [column]: column === 'status' ? 'given' : 'tampered', [moveTo]: draftMeetingId })
      let attempts = 0
      for (const row of variants) {
        for (const { form, sql } of rewrites(table, row, key, column)) {
          attempts++
          expect(() => app.db.prepare(sql).run(row), `${form} on ${table}`).toThrow(/append-only|cannot be changed|Approved minutes/)
          expect(tableContents(app.db, table), `${form} on ${table}`).toEqual(before)
        }
      }
      expect(attempts).toBe(moveTo ? 8 : 4)
    })
  }

  it('the refusal does not depend on the connection: a connection without recursive triggers is refused too', () => {
    const other = app.reopen()
    other.pragma('recursive_triggers = OFF')
    const before = tableContents(other, 'audit_log')
    const row = { ...(before[0] as Row), action: 'tampered' }
    for (const { form, sql } of rewrites('audit_log', row, 'id', 'action')) {
      expect(() => other.prepare(sql).run(row), form).toThrow('audit_log is append-only')
    }
    expect(tableContents(other, 'audit_log')).toEqual(before)
    other.close()
  })

  it('the connection alone refuses them too: recursive triggers let REPLACE meet the delete triggers (a database before 0120)', () => {
    const old = createTestDb({ upTo: 100 })
    try {
      const { db } = old
      expect(db.pragma('recursive_triggers', { simple: true })).toBe(1)
      db.prepare(
        "INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id) VALUES (1, '2026-11-05T13:00:00.000Z', NULL, 'create', 'case', 'c1')",
      ).run()
      const before = tableContents(db, 'audit_log')
      const row = { ...(before[0] as Row), action: 'tampered' }
      for (const { form, sql } of rewrites('audit_log', row, 'id', 'action')) {
        expect(() => db.prepare(sql).run(row), form).toThrow('audit_log is append-only')
      }
      expect(tableContents(db, 'audit_log')).toEqual(before)
    } finally {
      old.cleanup()
    }
  })

  it('still takes new rows and plain inserts of a new key', () => {
    const count = (app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
    app.db
      .prepare(
        "INSERT INTO audit_log (at, actor_id, action, entity, entity_id) VALUES ('2026-11-05T13:00:00.000Z', ?, 'test', 'case', NULL)",
      )
      .run(app.admin.id)
    expect((app.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(count + 1)
  })
})
