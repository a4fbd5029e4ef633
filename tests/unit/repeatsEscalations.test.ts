import { describe, expect, it } from 'vitest'
import { repeatsSummary } from '../../shared/domain/outcomes/charts'
import { repeatsAndEscalations, type ContactRecord } from '../../shared/domain/outcomes/repeatsEscalations'

const contact = (caseId: string, receivedOn: string, isRepeat: boolean, reasons: ContactRecord['reasons'] = []): ContactRecord => ({
  caseId,
  receivedOn,
  isRepeat,
  reasons,
})

/**
 * Hand-worked: range 1 Dec 2023 to 29 Feb 2024 (a leap year: the 29th is in range).
 *   Dec: A (new, escalation), B (new)                         → 2 contacts, 0 repeats, 1 brought
 *   Jan: A (repeat, escalation + repeat), A (repeat, nothing) → 2 contacts, 2 repeats, 1 brought
 *   Feb: C (new, high risk + professional judgement) on the 29th, B (repeat, repeat) on the 1st
 *                                                             → 2 contacts, 1 repeat, 2 brought
 *   Outside: 30 Nov and 1 Mar are left out.
 * Totals: 6 contacts, 3 repeats (50%), cases with a repeat A and B = 2, brought 4;
 * by reason: escalation 2, repeat 2, visible high risk 1, professional judgement 1.
 */
const fixture: ContactRecord[] = [
  contact('A', '2023-11-30', true, ['escalation']),
  contact('A', '2023-12-01', false, ['escalation']),
  contact('B', '2023-12-31', false),
  contact('A', '2024-01-01', true, ['escalation', 'repeat']),
  contact('A', '2024-01-31', true),
  contact('B', '2024-02-01', true, ['repeat']),
  contact('C', '2024-02-29', false, ['visible_high_risk', 'professional_judgement']),
  contact('C', '2024-03-01', true, ['repeat']),
]

describe('repeats and escalations', () => {
  it('counts repeats and contacts brought to the meeting by month and by reason, month ends and 29 February included', () => {
    const figures = repeatsAndEscalations(fixture, '2023-12-01', '2024-02-29')
    expect(figures.months.map((month) => [month.month, month.contacts, month.repeats, month.escalated])).toEqual([
      ['2023-12', 2, 0, 1],
      ['2024-01', 2, 2, 1],
      ['2024-02', 2, 1, 2],
    ])
    expect(figures.months[1]?.byReason).toEqual({ visible_high_risk: 0, escalation: 1, professional_judgement: 0, repeat: 1 })
    expect(figures.months[2]?.byReason).toEqual({ visible_high_risk: 1, escalation: 0, professional_judgement: 1, repeat: 1 })
    expect(figures).toMatchObject({
      contacts: 6,
      repeats: 3,
      repeatShare: 0.5,
      casesWithRepeat: 2,
      escalated: 4,
      byReason: { visible_high_risk: 1, escalation: 2, professional_judgement: 1, repeat: 2 },
    })
  })

  it('counts one contact once as brought however many reasons it has, and a reason written twice once', () => {
    const figures = repeatsAndEscalations(
      [contact('A', '2024-05-10', false, ['escalation', 'escalation', 'repeat'])],
      '2024-05-01',
      '2024-05-31',
    )
    expect(figures.escalated).toBe(1)
    expect(figures.byReason).toEqual({ visible_high_risk: 0, escalation: 1, professional_judgement: 0, repeat: 1 })
  })

  it('says "none" rather than 0% for a period with no contacts, and lists every month of the range', () => {
    const figures = repeatsAndEscalations([], '2024-11-15', '2025-01-02')
    expect(figures.months.map((month) => month.month)).toEqual(['2024-11', '2024-12', '2025-01'])
    expect(figures.repeatShare).toBeNull()
    expect(repeatsSummary(figures)).toBe('No contacts were triaged in this period.')
  })

  it('sums up the figures in one sentence, with each reason that occurred', () => {
    expect(repeatsSummary(repeatsAndEscalations(fixture, '2023-12-01', '2024-02-29'))).toBe(
      'Of 6 contacts triaged, 3 (50%) were repeats within 12 months, across 2 cases; 4 were brought to the meeting (visible high risk 1; escalation: 3 or more police incidents in 12 months 2; professional judgement 1; repeat within 12 months 2).',
    )
    expect(repeatsSummary(repeatsAndEscalations([contact('A', '2024-05-10', true)], '2024-05-01', '2024-05-31'))).toBe(
      'Of 1 contact triaged, 1 (100%) was a repeat within 12 months, across 1 case; 0 were brought to the meeting.',
    )
  })
})
