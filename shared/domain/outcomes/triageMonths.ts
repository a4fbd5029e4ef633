import { decisionCategories, type DecisionCategory } from '../record/triage'
import { monthsFrom } from './months'

export interface TriageDecisionRecord {
  /** The day the decision was made. */
  decidedOn: string
  category: DecisionCategory
}

export interface TriageMonth {
  month: string
  counts: Record<DecisionCategory, number>
  total: number
  /** Early help ÷ all decisions that month; null when there were none (not 0%). */
  earlyHelpShare: number | null
}

const emptyCounts = (): Record<DecisionCategory, number> => ({ self_help: 0, early_help: 0, complex: 0, safeguarding: 0, nfa: 0 })

/** Triage decisions by category for each month in the range, with the share that needed early help. */
export function triageByMonth(decisions: readonly TriageDecisionRecord[], fromDate: string, toDate: string): TriageMonth[] {
  return monthsFrom(fromDate, toDate).map((month) => {
    const counts = emptyCounts()
    for (const decision of decisions) if (decision.decidedOn.slice(0, 7) === month) counts[decision.category] += 1
    const total = decisionCategories.reduce((sum, category) => sum + counts[category], 0)
    return { month, counts, total, earlyHelpShare: total === 0 ? null : counts.early_help / total }
  })
}

/** "75%": whole per cent, or "none" for a month with no decisions. */
export function formatShare(share: number | null): string {
  return share === null ? 'none' : `${Math.round(share * 100)}%`
}
