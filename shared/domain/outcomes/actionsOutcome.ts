import type { NonCompletionReason } from '../meetings/actions'

export interface ActionRecord {
  dueDate: string
  status: 'open' | 'done' | 'dropped'
  completedOn: string | null
  nonCompletionReason: NonCompletionReason | null
}

export interface ActionOutcomes {
  onTime: number
  late: number
  /** Closed without being done. */
  notDone: number
  /** Still open after the due date. */
  overdue: number
  notYetDue: number
  /** Why actions were not done (dropped or overdue), as recorded at their latest update. */
  reasons: Record<NonCompletionReason | 'not_recorded', number>
}

/** On time means done on or before the due date; an open action due today is not yet late. */
export function actionOutcomes(actions: readonly ActionRecord[], reportDate: string): ActionOutcomes {
  const outcome: ActionOutcomes = {
    onTime: 0,
    late: 0,
    notDone: 0,
    overdue: 0,
    notYetDue: 0,
    reasons: { not_possible: 0, not_undertaken: 0, not_recorded: 0 },
  }
  for (const action of actions) {
    if (action.status === 'done') {
      if (action.completedOn !== null && action.completedOn > action.dueDate) outcome.late += 1
      else outcome.onTime += 1
      continue
    }
    if (action.status === 'open' && action.dueDate >= reportDate) {
      outcome.notYetDue += 1
      continue
    }
    if (action.status === 'dropped') outcome.notDone += 1
    else outcome.overdue += 1
    outcome.reasons[action.nonCompletionReason ?? 'not_recorded'] += 1
  }
  return outcome
}
