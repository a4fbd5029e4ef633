import type { CaseStatus } from '../cases'
import { addDays } from '../record/dates'
import { riskRank, type RiskLevel } from '../risk'
import { isEscalated, isOverdue, type ActionStatus } from './actions'

export const agendaReasons = [
  'escalated',
  'high_risk',
  'requested',
  'overdue_actions',
  'open_actions',
  'review_due',
  'new',
  'added_by_chair',
] as const
export type AgendaReason = (typeof agendaReasons)[number]
export const agendaReasonLabels: Record<AgendaReason, string> = {
  escalated: 'Escalated',
  high_risk: 'High risk',
  requested: 'Requested',
  overdue_actions: 'Overdue actions',
  open_actions: 'Open actions',
  review_due: 'Review due',
  new: 'New',
  added_by_chair: 'Added by chair',
}
/** Why each reason puts a case on the agenda, said in full for the chair. */
export const agendaReasonDescriptions: Record<AgendaReason, string> = {
  escalated: 'An action has stayed open through several meetings',
  high_risk: 'High risk and not discussed recently',
  requested: 'Brought to this meeting from triage',
  overdue_actions: 'Has actions past their due date',
  open_actions: 'Has actions carried forward from an earlier meeting',
  review_due: 'Review date has come',
  new: 'New since the last meeting',
  added_by_chair: 'Added by the chair',
}

export interface AgendaSettings {
  /** A high-risk case not discussed for this many weeks comes back to the agenda. */
  highRiskNotDiscussedWeeks: number
  /** An action still open after this many meetings is escalated. */
  escalationMeetings: number
}
export const defaultAgendaSettings: AgendaSettings = { highRiskNotDiscussedWeeks: 4, escalationMeetings: 3 }

export interface AgendaCandidate {
  caseId: string
  reference: string
  status: CaseStatus
  riskLevel: RiskLevel
  bringToNextMeeting: boolean
  createdAt: string
  nextReviewDate: string | null
  lastDiscussedOn: string | null
  openActions: ReadonlyArray<{ status: ActionStatus; dueDate: string; meetingsCarried: number }>
}

export interface ProposedItem {
  caseId: string
  reference: string
  riskLevel: RiskLevel
  reasons: AgendaReason[]
}

/**
 * Every reason this case belongs on the agenda of a meeting on `meetingDate` (none: it doesn't).
 * `lastMeetingAt` is when the last meeting started, as a UTC instant (londonToInstant):
 * a case created later that same day is new.
 */
export function reasonsFor(
  candidate: AgendaCandidate,
  meetingDate: string,
  lastMeetingAt: string | null,
  settings: AgendaSettings,
): AgendaReason[] {
  if (candidate.status === 'closed') return []
  const reasons: AgendaReason[] = []
  if (candidate.openActions.some((action) => isEscalated(action, settings.escalationMeetings))) reasons.push('escalated')
  const staleAfter = addDays(meetingDate, -7 * settings.highRiskNotDiscussedWeeks)
  if (candidate.riskLevel === 'high' && (candidate.lastDiscussedOn === null || candidate.lastDiscussedOn <= staleAfter))
    reasons.push('high_risk')
  if (candidate.bringToNextMeeting) reasons.push('requested')
  // Actions carry forward: a case with an open action comes back until it is done or dropped.
  if (candidate.openActions.some((action) => isOverdue(action, meetingDate))) reasons.push('overdue_actions')
  else if (candidate.openActions.length > 0) reasons.push('open_actions')
  if (candidate.nextReviewDate !== null && candidate.nextReviewDate <= meetingDate) reasons.push('review_due')
  if (lastMeetingAt === null ? candidate.lastDiscussedOn === null : Date.parse(candidate.createdAt) > Date.parse(lastMeetingAt))
    reasons.push('new')
  return reasons
}

const reasonRank = (reasons: readonly AgendaReason[]) => Math.min(...reasons.map((reason) => agendaReasons.indexOf(reason)))

/** Escalated and high risk first, then requested, overdue, open actions, review due, new; ties by risk, then reference. */
export function orderItems<T extends ProposedItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      reasonRank(a.reasons) - reasonRank(b.reasons) ||
      riskRank[a.riskLevel] - riskRank[b.riskLevel] ||
      a.reference.localeCompare(b.reference),
  )
}

/** The agenda a meeting starts with: one item per case, every reason merged, in order. */
export function buildAgenda(
  candidates: readonly AgendaCandidate[],
  meetingDate: string,
  lastMeetingAt: string | null,
  settings: AgendaSettings,
): ProposedItem[] {
  const byCase = new Map<string, ProposedItem>()
  for (const candidate of candidates) {
    const reasons = reasonsFor(candidate, meetingDate, lastMeetingAt, settings)
    if (reasons.length === 0) continue
    const existing = byCase.get(candidate.caseId)
    if (existing) existing.reasons = [...new Set([...existing.reasons, ...reasons])]
    else byCase.set(candidate.caseId, { caseId: candidate.caseId, reference: candidate.reference, riskLevel: candidate.riskLevel, reasons })
  }
  return orderItems([...byCase.values()])
}

/** Alt+↑ / Alt+↓: swap with the neighbour; positions stay 1..n. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, direction: 'up' | 'down'): T[] {
  const index = items.findIndex((item) => item.id === id)
  const target = direction === 'up' ? index - 1 : index + 1
  if (index < 0 || target < 0 || target >= items.length) return [...items]
  const next = [...items]
  const [moved] = next.splice(index, 1)
  if (moved) next.splice(target, 0, moved)
  return next
}
