import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { dispatch, type Boundary } from '../../electron/main/ipc/dispatch'
import type { SafeLogger } from '../../electron/main/log'
import * as meetings from '../../electron/main/services/meetings'
import { meetingCreateInput } from '../../shared/domain/meetings/meetings'
import { channels, contract, type Channel } from '../../shared/ipc'
import { createTestApp, makeCase, makeUser, type TestApp } from '../helpers/db'
import { contentsHash } from '../helpers/dbContents'
import { boundaryFor } from '../helpers/handlers'
import { DESKTOP_SESSION } from '../../electron/main/services/sessionStore'

/**
 * Malformed payloads at every channel, through the real dispatch, on a real
 * migrated database, signed in as an administrator. Malformed means the
 * schema refuses it, or it names records that do not exist. Every one must
 * come back as a typed error (never a throw, never `internal`) and leave
 * every table exactly as it was.
 */

let app: TestApp
let boundary: Boundary
const internals: unknown[][] = []
const logger: SafeLogger = { error: (...args) => internals.push(args), info: () => undefined }

beforeAll(() => {
  app = createTestApp('2026-11-05T09:00:00.000Z')
  // Real rows for the calls to miss: a case, another user, a meeting with its agenda.
  makeCase(app)
  makeUser(app)
  meetings.create(
    app.ctx,
    meetingCreateInput.parse({ kind: 'weekly', date: '2026-11-05', time: '10:00', location: 'Stretford Hub', chairId: app.admin.id }),
  )
  boundary = boundaryFor(app)
})
afterAll(() => app.cleanup())

/** The object schema inside defaults, optionals and pipes, to learn a channel's field names. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return objectShape(schema.unwrap() as z.ZodType)
  if (schema instanceof z.ZodPipe) return objectShape(schema.in as z.ZodType)
  return null
}

/** Strings nothing should accept: each carries NUL, a control character or half a surrogate pair. */
const poison = fc.constantFrom('\u0000', '\u0001', '\u001b', '\u007f', '\uD800', '\uDFFF', '\uD83D')
const badString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0000\u0000\u0000',
    ' \u0000 ',
    '\uD83D',
    'Okafor \uDE00',
    '2026-02-30\u0000',
    "'; DROP TABLE cases; --\u0000",
    `${'x'.repeat(5000)}\u0000`,
  ),
  fc.tuple(fc.string({ maxLength: 40 }), poison, fc.string({ maxLength: 40 })).map(([before, bad, after]) => `${before}${bad}${after}`),
)
/** A well-formed record id that names no record. */
const unknownId = fc.uuid({ version: 4 })
const badScalar = fc.oneof(
  badString,
  unknownId,
  fc.constant(null),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(Number.NaN, Infinity, -1, 0, 1e308, -0),
)
const badValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, badScalar, badScalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'id')), tie('value'), {
    maxKeys: 4,
  }),
})).value

function payloadFor(channel: Channel): fc.Arbitrary<unknown> {
  const shape = objectShape(contract[channel].input as z.ZodType)
  const keys = Object.keys(shape ?? {})
  const fieldsFromSchema: fc.Arbitrary<unknown> =
    keys.length === 0
      ? fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), badValue, { minKeys: 1, maxKeys: 3 })
      : fc.record(Object.fromEntries(keys.map((key) => [key, badValue])), { requiredKeys: [] })
  return fc.oneof(
    fieldsFromSchema,
    fieldsFromSchema.map((fields) => ({ ...(typeof fields === 'object' ? fields : {}), unexpected: '\u0000' })),
    badScalar,
    fc.array(badValue, { maxLength: 3 }),
    // As parsed from JSON off the wire, with __proto__ as an own key.
    badValue.map((value) => JSON.parse(`{"__proto__": ${JSON.stringify(value) ?? 'null'}}`) as unknown),
  )
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
/** True when a parsed input hands the service a record id (a field named id, …Id or …Ids) that names no record. */
function namesUnknownRecord(value: unknown, key = ''): boolean {
  const isIdField = /^id$|Ids?$/.test(key)
  if (typeof value === 'string') return isIdField && uuidPattern.test(value)
  if (Array.isArray(value)) return value.some((item) => namesUnknownRecord(item, isIdField ? key : ''))
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([name, item]) => namesUnknownRecord(item, name))
  return false
}

describe('malformed payloads at every channel', () => {
  it('covers every channel of the contract', () => {
    expect(channels.length).toBeGreaterThan(50)
  })

  for (const channel of channels) {
    it(`${channel}: a typed error, never internal, and no database change`, async () => {
      const before = contentsHash(app.db)
      await fc.assert(
        fc.asyncProperty(payloadFor(channel), async (payload) => {
          // A payload the schema takes, and that hands the service no missing record, is a real request.
          const parsed = contract[channel].input.safeParse(payload)
          fc.pre(!parsed.success || namesUnknownRecord(parsed.data))
          const result = await dispatch(boundary, DESKTOP_SESSION, channel, payload, logger)
          expect(result.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false)
          if (result.ok) return
          expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('internal')
          expect(['invalid_input', 'not_found', 'conflict', 'forbidden']).toContain(result.error.code)
          expect(result.error.message.length).toBeGreaterThan(0)
          expect(contentsHash(app.db), `${channel} changed the database`).toBe(before)
          expect(app.session.current(), 'still signed in as the administrator').toBe(app.admin.id)
        }),
        { numRuns: 25, seed: 20261105 ^ channel.length, endOnFailure: true },
      )
      expect(internals).toEqual([])
    })
  }
})
