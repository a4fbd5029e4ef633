import { daysOverdue, dueWithin } from '../../../../shared/domain/meetings/actions'
import type { ActionView } from '../../../../shared/domain/meetings/views'

export type GroupBy = 'none' | 'owner' | 'agency'

export interface QuickFilters {
  overdue: boolean
  dueThisWeek: boolean
  mine: boolean
}

/** The quick toggles, then the grouping: by owner or agency, overdue first within a group, then by due date. */
export function shownActions(
  actions: readonly ActionView[],
  quick: QuickFilters,
  groupBy: GroupBy,
  today: string,
  myName: string,
): ActionView[] {
  const filtered = actions.filter(
    (action) =>
      (!quick.overdue || action.overdue) &&
      (!quick.dueThisWeek || dueWithin(action, today, 7)) &&
      (!quick.mine || action.ownerName.trim().toLowerCase() === myName.trim().toLowerCase()),
  )
  const group = (action: ActionView) => (groupBy === 'owner' ? action.ownerName : groupBy === 'agency' ? action.ownerAgencyName : '')
  return [...filtered].sort(
    (a, b) => group(a).localeCompare(group(b)) || Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate),
  )
}

export function dueText(action: ActionView, today: string): string {
  if (action.status !== 'open') return action.status === 'done' ? `Done${action.completedOn ? ` ${action.completedOn}` : ''}` : 'Dropped'
  if (action.overdue) {
    const days = daysOverdue(action.dueDate, today)
    return `Overdue by ${days} ${days === 1 ? 'day' : 'days'}`
  }
  return 'Open'
}
