import { demandKinds, type DemandKind } from '../record/demand'
import { shareInWindow, type DemandSpan } from './prorata'
import type { BeforeAfterWindows } from './windows'

export interface DemandEvent extends DemandSpan {
  kind: DemandKind
}

/** One kind of contact before and since, unrounded: rounding is for display only. */
export interface DemandChange {
  kind: DemandKind
  before: number
  after: number
  beforePerMonth: number
  afterPerMonth: number
  /**
   * Contacts avoided since the case opened: what the "before" rate would have
   * produced over the months since, less what happened. Negative if demand rose.
   */
  avoided: number
}

const perMonth = (count: number, months: number): number => (months > 0 ? count / months : 0)

/** One case's (or one person's) demand in its before/after windows, every kind with any contact. */
export function demandChange(events: readonly DemandEvent[], windows: BeforeAfterWindows): DemandChange[] {
  return demandKinds.flatMap((kind) => {
    const ofKind = events.filter((event) => event.kind === kind)
    const before = ofKind.reduce((sum, event) => sum + shareInWindow(event, windows.before), 0)
    const after = ofKind.reduce((sum, event) => sum + shareInWindow(event, windows.after), 0)
    if (before === 0 && after === 0) return []
    const beforePerMonth = perMonth(before, windows.beforeMonths)
    const afterPerMonth = perMonth(after, windows.afterMonths)
    return [{ kind, before, after, beforePerMonth, afterPerMonth, avoided: beforePerMonth * windows.afterMonths - after }]
  })
}

/**
 * A cohort's demand: each case measured against its own opening date, then summed,
 * so the per-month rates read as "the cohort, per month".
 */
export function combineDemand(perCase: ReadonlyArray<readonly DemandChange[]>): DemandChange[] {
  const totals = new Map<DemandKind, DemandChange>()
  for (const changes of perCase) {
    for (const change of changes) {
      const total = totals.get(change.kind) ?? { kind: change.kind, before: 0, after: 0, beforePerMonth: 0, afterPerMonth: 0, avoided: 0 }
      totals.set(change.kind, {
        kind: change.kind,
        before: total.before + change.before,
        after: total.after + change.after,
        beforePerMonth: total.beforePerMonth + change.beforePerMonth,
        afterPerMonth: total.afterPerMonth + change.afterPerMonth,
        avoided: total.avoided + change.avoided,
      })
    }
  }
  return demandKinds.flatMap((kind) => {
    const total = totals.get(kind)
    return total ? [total] : []
  })
}

/** Counts to one decimal place for display: a pro-rata share is rarely whole. */
export function formatCount(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}
