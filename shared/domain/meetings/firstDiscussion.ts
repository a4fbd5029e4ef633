import type { CaseStatus } from '../cases'
import { transition } from '../record/lifecycle'
import { meetingDayLabel } from './labels'

export type FirstDiscussionOutcome =
  | { kind: 'unchanged' }
  | { kind: 'open' }
  /** The lifecycle refuses the move (an open case needs a keyworker): the chair is asked instead. */
  | { kind: 'refused'; message: string }

/**
 * A case still in triage when the meeting first discusses it has been taken
 * on: it moves to Open, by the same lifecycle rule a status change on the
 * case record uses (issue 12: cases stayed in "Triage" after two meetings).
 */
export function statusOnFirstDiscussion(status: CaseStatus, hasKeyworker: boolean): FirstDiscussionOutcome {
  if (status !== 'triage') return { kind: 'unchanged' }
  const outcome = transition(status, { to: 'open', closureReason: null, closureNote: '', hasKeyworker })
  return outcome.ok ? { kind: 'open' } : { kind: 'refused', message: outcome.message }
}

/** The note kept in the case's change history for that move. */
export const firstDiscussionNote = (meetingDate: string) => `First discussed at the case meeting of ${meetingDayLabel(meetingDate)}`
