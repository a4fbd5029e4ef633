import { describe, expect, it } from 'vitest'
import type { ActionView } from '../../shared/domain/meetings/views'
import { dueText, shownActions } from '../../renderer/src/features/actionList/actionFilters'

const action = (overrides: Partial<ActionView>): ActionView => ({
  id: overrides.description ?? 'a',
  caseId: 'c',
  caseReference: 'RT-2026-0001',
  caseDisplayName: 'RT-2026-0001 (AH)',
  subjectConsent: null,
  raisedAtMeetingId: null,
  raisedOn: null,
  description: 'Action',
  ownerName: 'Sam Patel',
  ownerAgencyId: 'h',
  ownerAgencyName: 'Housing trust',
  dueDate: '2026-12-01',
  status: 'open',
  completedOn: null,
  statusNote: '',
  meetingsCarried: 0,
  overdue: false,
  escalated: false,
  ...overrides,
})

describe('the Actions screen rules', () => {
  const actions = [
    action({ description: 'Later', dueDate: '2026-12-20' }),
    action({ description: 'Police overdue', ownerName: 'PC Jones', ownerAgencyName: 'Police', dueDate: '2026-11-01', overdue: true }),
    action({ description: 'Soon', dueDate: '2026-11-25' }),
    action({ description: 'Housing overdue', dueDate: '2026-11-10', overdue: true }),
  ]
  it('groups by agency with overdue first inside each group', () => {
    expect(
      shownActions(actions, { overdue: false, dueThisWeek: false, mine: false }, 'agency', '2026-11-22', '').map((a) => a.description),
    ).toEqual(['Housing overdue', 'Soon', 'Later', 'Police overdue'])
  })
  it('filters overdue, due this week, and mine', () => {
    expect(
      shownActions(actions, { overdue: true, dueThisWeek: false, mine: false }, 'none', '2026-11-22', '').map((a) => a.description),
    ).toEqual(['Police overdue', 'Housing overdue'])
    expect(
      shownActions(actions, { overdue: false, dueThisWeek: true, mine: false }, 'none', '2026-11-22', '').map((a) => a.description),
    ).toEqual(['Soon'])
    expect(
      shownActions(actions, { overdue: false, dueThisWeek: false, mine: true }, 'none', '2026-11-22', 'pc jones').map((a) => a.description),
    ).toEqual(['Police overdue'])
  })
  it('says how overdue, in words', () => {
    expect(dueText(action({ overdue: true, dueDate: '2026-11-21' }), '2026-11-22')).toBe('Overdue by 1 day')
    expect(dueText(action({ overdue: true, dueDate: '2026-11-01' }), '2026-11-22')).toBe('Overdue by 21 days')
    expect(dueText(action({ status: 'dropped' }), '2026-11-22')).toBe('Dropped')
  })
})

describe('bulk update of actions', () => {
  it('drops only with a reason, and marks done with or without a note', async () => {
    const { bulkActionUpdateInput } = await import('../../shared/domain/meetings/actions')
    const ids = [crypto.randomUUID()]
    const dropped = bulkActionUpdateInput.safeParse({ actionIds: ids, outcome: 'dropped', note: '   ' })
    expect(dropped.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['note', 'Say why the selected actions are dropped'],
    ])
    expect(bulkActionUpdateInput.parse({ actionIds: ids, outcome: 'dropped', note: 'Family moved away' }).note).toBe('Family moved away')
    expect(bulkActionUpdateInput.parse({ actionIds: ids, outcome: 'done' }).note).toBe('')
  })
})
