import { describe, expect, it } from 'vitest'
import { isOverdue, perAgencySheets, sortActions } from '../../shared/domain/meetings/actions'
import { buildAgenda, moveItem, reasonsFor, type AgendaCandidate } from '../../shared/domain/meetings/agenda'
import { agendaDisplayName } from '../../shared/domain/meetings/consentDisplay'
import { countDirections, repeatingWithoutEffect } from '../../shared/domain/meetings/direction'
import { londonToInstant } from '../../shared/domain/londonTime'
import { agendaItemRecordInput } from '../../shared/domain/meetings/meetings'

const settings = { highRiskNotDiscussedWeeks: 4, escalationMeetings: 3 }
const meetingDate = '2026-11-26'
// The last meeting started at 10:00 on 19 November (GMT: 10:00Z).
const lastMeeting = londonToInstant('2026-11-19', '10:00')
const candidate = (overrides: Partial<AgendaCandidate>): AgendaCandidate => ({
  caseId: overrides.reference ?? 'c',
  reference: 'RT-2026-0001',
  status: 'open',
  riskLevel: 'low',
  bringToNextMeeting: false,
  createdAt: '2026-01-01T10:00:00.000Z',
  nextReviewDate: null,
  lastDiscussedOn: '2026-11-19',
  openActions: [],
  ...overrides,
})

describe('agenda reasons', () => {
  it('has no reason for a quiet case, and never lists a closed case', () => {
    expect(reasonsFor(candidate({}), meetingDate, lastMeeting, settings)).toEqual([])
    expect(reasonsFor(candidate({ status: 'closed', bringToNextMeeting: true }), meetingDate, lastMeeting, settings)).toEqual([])
  })
  it('gives each reason on its own', () => {
    const reasons = (overrides: Partial<AgendaCandidate>) => reasonsFor(candidate(overrides), meetingDate, lastMeeting, settings)
    expect(reasons({ bringToNextMeeting: true })).toEqual(['requested'])
    expect(reasons({ createdAt: '2026-11-20T09:00:00.000Z' })).toEqual(['new'])
    expect(reasons({ createdAt: '2026-11-19T09:00:00.000Z' })).toEqual([])
    expect(reasons({ nextReviewDate: '2026-11-26' })).toEqual(['review_due'])
    expect(reasons({ nextReviewDate: '2026-11-27' })).toEqual([])
    expect(reasons({ openActions: [{ status: 'open', dueDate: '2026-11-25', meetingsCarried: 0 }] })).toEqual(['overdue_actions'])
    expect(reasons({ openActions: [{ status: 'open', dueDate: '2026-11-26', meetingsCarried: 0 }] })).toEqual(['open_actions'])
    expect(reasons({ openActions: [{ status: 'open', dueDate: '2027-01-01', meetingsCarried: 3 }] })).toEqual(['escalated', 'open_actions'])
    expect(reasons({ openActions: [{ status: 'open', dueDate: '2027-01-01', meetingsCarried: 2 }] })).toEqual(['open_actions'])
  })
  it('counts a case created later on the day of the last meeting as new, in GMT and in BST', () => {
    expect(lastMeeting).toBe('2026-11-19T10:00:00.000Z')
    const reasons = (createdAt: string, last: string) => reasonsFor(candidate({ createdAt }), meetingDate, last, settings)
    expect(reasons('2026-11-19T15:30:00.000Z', lastMeeting)).toEqual(['new'])
    expect(reasons('2026-11-19T09:59:00.000Z', lastMeeting)).toEqual([])
    // 10:00 BST is 09:00Z; a case logged at 00:30 BST the next morning is still 23:30Z "the same day" in UTC.
    const summerMeeting = londonToInstant('2026-06-18', '10:00')
    expect(summerMeeting).toBe('2026-06-18T09:00:00.000Z')
    expect(reasons('2026-06-18T09:30:00.000Z', summerMeeting)).toEqual(['new'])
    expect(reasons('2026-06-18T23:30:00.000Z', summerMeeting)).toEqual(['new'])
    expect(reasons('2026-06-18T08:30:00.000Z', summerMeeting)).toEqual([])
    // The day the clocks go forward (29 March 2026, 01:00 GMT → 02:00 BST).
    expect(londonToInstant('2026-03-29', '00:30')).toBe('2026-03-29T00:30:00.000Z')
    expect(londonToInstant('2026-03-29', '03:00')).toBe('2026-03-29T02:00:00.000Z')
  })
  it('brings back a high-risk case not discussed in N weeks, or never', () => {
    const reasons = (overrides: Partial<AgendaCandidate>) =>
      reasonsFor(candidate({ riskLevel: 'high', ...overrides }), meetingDate, lastMeeting, settings)
    expect(reasons({ lastDiscussedOn: '2026-10-29' })).toEqual(['high_risk'])
    expect(reasons({ lastDiscussedOn: '2026-10-30' })).toEqual([])
    expect(reasons({ lastDiscussedOn: null })).toEqual(['high_risk'])
  })
})

describe('building the agenda', () => {
  it('orders escalated and high risk first, then requested, overdue, open actions, review due, new; one item per case with every reason', () => {
    const agenda = buildAgenda(
      [
        candidate({ caseId: 'new', reference: 'RT-2026-0010', createdAt: '2026-11-22T09:00:00.000Z' }),
        candidate({ caseId: 'review', reference: 'RT-2026-0009', nextReviewDate: '2026-11-20' }),
        candidate({
          caseId: 'requested-high',
          reference: 'RT-2026-0008',
          riskLevel: 'high',
          bringToNextMeeting: true,
          lastDiscussedOn: null,
        }),
        candidate({ caseId: 'requested-low', reference: 'RT-2026-0007', bringToNextMeeting: true }),
        candidate({
          caseId: 'overdue',
          reference: 'RT-2026-0006',
          openActions: [{ status: 'open', dueDate: '2026-11-01', meetingsCarried: 1 }],
        }),
        candidate({
          caseId: 'escalated',
          reference: 'RT-2026-0005',
          openActions: [{ status: 'open', dueDate: '2026-11-01', meetingsCarried: 4 }],
        }),
        candidate({
          caseId: 'carried',
          reference: 'RT-2026-0003',
          openActions: [{ status: 'open', dueDate: '2026-12-01', meetingsCarried: 1 }],
        }),
        candidate({ caseId: 'quiet', reference: 'RT-2026-0004' }),
        candidate({ caseId: 'requested-low', reference: 'RT-2026-0007', nextReviewDate: '2026-11-01' }),
      ],
      meetingDate,
      lastMeeting,
      settings,
    )
    expect(agenda.map((item) => [item.caseId, item.reasons])).toEqual([
      ['escalated', ['escalated', 'overdue_actions']],
      ['requested-high', ['high_risk', 'requested']],
      ['requested-low', ['requested', 'review_due']],
      ['overdue', ['overdue_actions']],
      ['carried', ['open_actions']],
      ['review', ['review_due']],
      ['new', ['new']],
    ])
  })
  it('treats every never-discussed case as new at the first meeting', () => {
    expect(buildAgenda([candidate({ lastDiscussedOn: null })], meetingDate, null, settings).map((item) => item.reasons)).toEqual([['new']])
  })
  it('moves items with Alt+arrow and keeps the ends fixed', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    expect(moveItem(items, 'b', 'up').map((i) => i.id)).toEqual(['b', 'a', 'c'])
    expect(moveItem(items, 'b', 'down').map((i) => i.id)).toEqual(['a', 'c', 'b'])
    expect(moveItem(items, 'a', 'up').map((i) => i.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('actions and direction of travel', () => {
  it('is overdue from the day after it is due, and sorts overdue first', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-22' }, '2026-11-22')).toBe(false)
    expect(isOverdue({ status: 'open', dueDate: '2026-11-21' }, '2026-11-22')).toBe(true)
    expect(isOverdue({ status: 'done', dueDate: '2026-11-01' }, '2026-11-22')).toBe(false)
    const sorted = sortActions(
      [
        { status: 'open' as const, dueDate: '2026-12-01', ownerName: 'B' },
        { status: 'open' as const, dueDate: '2026-11-01', ownerName: 'Z' },
        { status: 'open' as const, dueDate: '2026-11-25', ownerName: 'A' },
      ],
      '2026-11-22',
    )
    expect(sorted.map((a) => a.ownerName)).toEqual(['Z', 'A', 'B'])
  })
  it('makes one sheet per agency with overdue, due soon and other open actions', () => {
    const action = (ownerAgencyName: string, dueDate: string) => ({
      status: 'open' as const,
      dueDate,
      ownerName: 'x',
      ownerAgencyId: ownerAgencyName,
      ownerAgencyName,
    })
    const sheets = perAgencySheets(
      [
        action('Police', '2026-11-01'),
        action('Police', '2026-11-25'),
        action('GP', '2027-02-01'),
        { ...action('GP', '2026-11-01'), status: 'done' as const },
      ],
      '2026-11-22',
      7,
    )
    expect(sheets.map((s) => [s.agencyName, s.overdue.length, s.dueSoon.length, s.otherOpen.length])).toEqual([
      ['GP', 0, 0, 1],
      ['Police', 1, 1, 0],
    ])
  })
  it('counts directions and spots a response repeated without effect', () => {
    expect(countDirections(['improving', 'worsening', null, 'worsening'])).toEqual({ improving: 1, no_change: 0, worsening: 2 })
    expect(repeatingWithoutEffect(['improving', 'no_change', 'worsening', 'no_change'])).toBe(true)
    expect(repeatingWithoutEffect(['no_change', 'improving', 'no_change'])).toBe(false)
    expect(repeatingWithoutEffect(['no_change', 'no_change'])).toBe(false)
  })
  it('shows a case without consent by reference and initials only', () => {
    expect(
      agendaDisplayName({ reference: 'RT-2026-0007', title: 'The Okafor family', subjectName: 'Grace Okafor', subjectConsent: 'refused' }),
    ).toBe('RT-2026-0007 (GO)')
    expect(
      agendaDisplayName({ reference: 'RT-2026-0007', title: 'The Okafor family', subjectName: 'Grace Okafor', subjectConsent: 'given' }),
    ).toBe('RT-2026-0007 The Okafor family')
  })
  it('needs a reason for a direction of travel and both halves of a share-without-consent decision', () => {
    const result = agendaItemRecordInput.safeParse({
      itemId: crypto.randomUUID(),
      direction: 'worsening',
      shareWithoutConsentRationale: 'Risk to a child',
    })
    expect(Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      directionReason: 'Give a short reason for the direction of travel',
      shareWithoutConsentBy: 'Say who decided to share without consent',
    })
  })
})
