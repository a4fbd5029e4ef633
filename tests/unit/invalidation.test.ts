import { describe, expect, it } from 'vitest'
import { isStaleAfter } from '../../renderer/src/api/invalidation'

/** The one table that turns a write's changed set into refetches (renderer/src/api/invalidation.ts). */
describe('what a changed set refetches', () => {
  const caseA = { kind: 'case', id: 'case-a' } as const
  it('refetches the changed case record and every list showing cases, not another case’s record', () => {
    expect(isStaleAfter([caseA], ['cases:get', { id: 'case-a' }])).toBe(true)
    expect(isStaleAfter([caseA], ['cases:get', { id: 'case-b' }])).toBe(false)
    expect(isStaleAfter([caseA], ['cases:list', {}])).toBe(true)
    expect(isStaleAfter([caseA], ['triage:list', {}])).toBe(true)
    expect(isStaleAfter([caseA], ['meetings:get', { meetingId: 'm1' }])).toBe(true)
    expect(isStaleAfter([caseA], ['settings:get', {}])).toBe(false)
  })

  it('agenda:record (the meeting and its case) refreshes the case record and the cases list: the stale-cache bug', () => {
    const recorded = [{ kind: 'meeting', id: 'm1' }, caseA, { kind: 'audit' }] as const
    expect(isStaleAfter(recorded, ['cases:get', { id: 'case-a' }])).toBe(true)
    expect(isStaleAfter(recorded, ['cases:list', {}])).toBe(true)
    expect(isStaleAfter(recorded, ['meetings:get', { meetingId: 'm1' }])).toBe(true)
    expect(isStaleAfter(recorded, ['audit:list', { page: 1 }])).toBe(true)
  })

  it('an audit-only change (a sign-in, the current item) refetches the audit log alone', () => {
    expect(isStaleAfter([{ kind: 'audit' }], ['audit:list', {}])).toBe(true)
    for (const channel of ['cases:list', 'meetings:get', 'session:get', 'actions:list'])
      expect(isStaleAfter([{ kind: 'audit' }], [channel, {}]), channel).toBe(false)
  })

  it('a restore refetches everything, and a query the table does not know is refetched rather than left stale', () => {
    expect(isStaleAfter([{ kind: 'everything' }], ['settings:get', {}])).toBe(true)
    expect(isStaleAfter([{ kind: 'settings' }], ['someone:else', {}])).toBe(true)
  })
})
