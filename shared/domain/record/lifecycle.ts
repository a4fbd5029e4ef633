import { z } from 'zod'
import { id, optionalText } from '../common'
import { caseStatuses, caseStatusLabels, type CaseStatus } from '../cases'

export const closureReasons = ['outcomes_achieved', 'disengaged', 'moved_away', 'transferred', 'other'] as const
export type ClosureReason = (typeof closureReasons)[number]
export const closureReasonLabels: Record<ClosureReason, string> = {
  outcomes_achieved: 'Outcomes achieved',
  disengaged: 'Disengaged after attempts to engage',
  moved_away: 'Moved away',
  transferred: 'Transferred to another service',
  other: 'Other',
}

/**
 * referred → triage → open ⇄ review → closed; any open stage may close (with
 * a reason); closed → open is a reopen, and is counted. Nothing else.
 */
const allowed: Record<CaseStatus, readonly CaseStatus[]> = {
  referred: ['triage', 'open', 'closed'],
  triage: ['open', 'closed'],
  open: ['review', 'closed'],
  review: ['open', 'closed'],
  closed: ['open'],
}

export const canTransition = (from: CaseStatus, to: CaseStatus): boolean => allowed[from].includes(to)

export interface TransitionRequest {
  to: CaseStatus
  closureReason: ClosureReason | null
  closureNote: string
  hasKeyworker: boolean
}

export type TransitionOutcome =
  | { ok: true; status: CaseStatus; reopened: boolean; closureReason: ClosureReason | null }
  | { ok: false; field: 'to' | 'closureReason' | 'closureNote' | 'keyworkerId'; message: string }

/** The lifecycle rule, pure: what a status change would do, or why it is refused. */
export function transition(from: CaseStatus, request: TransitionRequest): TransitionOutcome {
  const { to } = request
  if (from === to) return { ok: false, field: 'to', message: `The case is already ${caseStatusLabels[to].toLowerCase()}` }
  if (!canTransition(from, to)) {
    return {
      ok: false,
      field: 'to',
      message: `A case cannot go from ${caseStatusLabels[from].toLowerCase()} to ${caseStatusLabels[to].toLowerCase()}`,
    }
  }
  if (to === 'closed') {
    if (!request.closureReason) return { ok: false, field: 'closureReason', message: 'Choose why the case is closing' }
    if (request.closureReason === 'other' && request.closureNote.trim() === '') {
      return { ok: false, field: 'closureNote', message: 'Say why the case is closing' }
    }
  }
  if ((to === 'open' || to === 'review') && !request.hasKeyworker) {
    return { ok: false, field: 'keyworkerId', message: 'An open case needs a keyworker: choose one first' }
  }
  return { ok: true, status: to, reopened: from === 'closed', closureReason: to === 'closed' ? request.closureReason : null }
}

export const caseTransitionInput = z.object({
  caseId: id,
  to: z.enum(caseStatuses, { error: 'Choose the new status' }),
  closureReason: z.enum(closureReasons, { error: 'Choose why the case is closing' }).nullable().default(null),
  closureNote: optionalText('closure note', 1000),
})
