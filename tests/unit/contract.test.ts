import { describe, expect, it, vi } from 'vitest'
import { dispatch, validationError, type Boundary } from '../../electron/main/ipc/dispatch'
import type { Handlers } from '../../electron/main/ipc/handlerTypes'
import { mergeHandlers } from '../../electron/main/ipc/handlerTypes'
import type { SafeLogger } from '../../electron/main/log'
import { DomainError } from '../../electron/main/services/errors'
import { caseCreateInput } from '../../shared/domain/cases'
import { channels, contract } from '../../shared/ipc'

const logger = (): SafeLogger & { errors: unknown[][] } => {
  const errors: unknown[][] = []
  return { errors, error: (...args) => errors.push(args), info: () => undefined }
}

/** Handlers for the channels a test needs; the others fail loudly if called. */
function handlersWith(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(
    channels.map((channel) => [
      channel,
      () => {
        throw new Error(`unexpected call to ${channel}`)
      },
    ]),
  )
  return { ...all, ...overrides } as Handlers
}

/** The boundary with every call admitted: these tests are about parsing and errors (tests/db/policyMatrix.test.ts covers the gate). */
const admitAll = (overrides: Partial<Handlers>): Boundary => ({
  handlers: handlersWith(overrides),
  sessions: { within: (_key, fn) => fn(), admit: () => null },
})

describe('the contract', () => {
  it('names channels as domain:verb', () => {
    for (const channel of channels) expect(channel).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/)
  })

  it('parses case input and reports every bad field by name', () => {
    const parsed = caseCreateInput.safeParse({
      kind: 'household',
      title: '   ',
      riskLevel: 'severe',
      keyworkerId: 'x',
      leadAgencyId: 'y',
      nextReviewDate: '2026-02-30',
    })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(validationError(parsed.error)).toEqual({
      code: 'invalid_input',
      message: 'Check the highlighted fields',
      fields: {
        kind: 'Choose individual or family',
        title: 'Enter a case title',
        riskLevel: 'Choose a risk level',
        keyworkerId: 'Choose a keyworker',
        leadAgencyId: 'Choose the lead agency',
        nextReviewDate: 'Enter a real date, for example 15/01/2027',
      },
    })
  })

  it('trims text and applies defaults', () => {
    const parsed = caseCreateInput.parse({
      kind: 'family',
      title: '  The Okafor family ',
      keyworkerId: crypto.randomUUID(),
      leadAgencyId: crypto.randomUUID(),
      riskLevel: 'low',
    })
    expect(parsed.title).toBe('The Okafor family')
    expect(parsed.status).toBe('open')
    expect(parsed.nextReviewDate).toBeNull()
  })
})

describe('dispatch, the boundary', () => {
  it('returns field errors for invalid input and never calls the handler', async () => {
    const handler = vi.fn()
    const result = await dispatch(admitAll({ 'cases:create': handler }), 'desktop', 'cases:create', { title: '' }, logger())
    expect(handler).not.toHaveBeenCalled()
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.fields?.title).toBe('Enter a case title')
  })

  it('refuses a channel that is not in the contract', async () => {
    const result = await dispatch(admitAll({}), 'desktop', 'cases:dropTable', {}, logger())
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown request' } })
  })

  it('turns a broken rule into an error value with its fields', async () => {
    const handler = () => {
      throw new DomainError('invalid_input', 'Check the highlighted fields', { leadAgencyId: 'Choose an active lead agency' })
    }
    const result = await dispatch(admitAll({ 'agencies:list': handler }), 'desktop', 'agencies:list', {}, logger())
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Check the highlighted fields', fields: { leadAgencyId: 'Choose an active lead agency' } },
    })
  })

  it('hides an unexpected failure behind an error id and logs it without its message', async () => {
    const log = logger()
    const handler = () => {
      throw new Error('secret: Jane Doe, DOB 01/02/1990')
    }
    const result = await dispatch(admitAll({ 'agencies:list': handler }), 'desktop', 'agencies:list', {}, log)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('internal')
    expect(result.error.message).not.toContain('Jane')
    expect(result.error.errorId).toMatch(/^[0-9a-f]{8}$/)
    expect(log.errors).toHaveLength(1)
    expect(log.errors[0]?.[0]).toBe(result.error.errorId)
  })

  it('passes the parsed (trimmed, defaulted) input to the handler', async () => {
    const handler = vi.fn((input: { includeInactive: boolean }) => (input.includeInactive ? [] : []))
    await dispatch(admitAll({ 'agencies:list': handler }), 'desktop', 'agencies:list', undefined, logger())
    expect(handler).toHaveBeenCalledWith({ includeInactive: false })
  })

  it('every channel checks its input: a payload of the wrong shape is refused, with the reason', () => {
    for (const channel of channels)
      for (const wrong of ['a string', 42, [], null]) {
        const parsed = contract[channel].input.safeParse(wrong)
        expect(parsed.success, `${channel} accepted ${JSON.stringify(wrong)}`).toBe(false)
        expect(parsed.error?.issues.length, channel).toBeGreaterThan(0)
      }
  })
})

describe('mergeHandlers', () => {
  it('refuses a channel handled twice', () => {
    const a = { 'cases:list': () => [] } satisfies Partial<Handlers>
    const b = { 'cases:list': () => [] } satisfies Partial<Handlers>
    expect(() => mergeHandlers([a, b])).toThrow('Channel cases:list has two handlers')
  })
})
