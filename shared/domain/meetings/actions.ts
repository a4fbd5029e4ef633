import { z } from 'zod'
import { id, isoDate, optionalText, requiredText, storableText } from '../common'
import { daysBetween } from '../record/dates'

export const actionStatuses = ['open', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatuses)[number]
export const actionStatusLabels: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' }

export const nonCompletionReasons = ['not_possible', 'not_undertaken'] as const
export type NonCompletionReason = (typeof nonCompletionReasons)[number]
export const nonCompletionReasonLabels: Record<NonCompletionReason, string> = {
  not_possible: 'Not possible / change of circumstances',
  not_undertaken: 'Not undertaken by agency',
}

/** The note recorded when a meeting ends and nobody said anything new about an open action. */
export const carriedForwardNote = 'Carried forward'

export const actionInput = z.object({
  description: requiredText('what needs doing', 500),
  ownerName: requiredText("the owner's name", 120),
  ownerAgencyId: z.uuid({ error: "Choose the owner's agency" }),
  dueDate: isoDate,
})
export type ActionInput = z.input<typeof actionInput>

/** An open action's update at a meeting: done, still open (with why), or dropped (with why). */
export const actionUpdateInput = z.discriminatedUnion(
  'outcome',
  [
    z.object({ actionId: id, outcome: z.literal('done'), note: optionalText('note', 500) }),
    z.object({
      actionId: id,
      outcome: z.literal('open'),
      nonCompletionReason: z.enum(nonCompletionReasons, { error: 'Say why it is not done yet' }),
      note: optionalText('note', 500),
    }),
    z.object({ actionId: id, outcome: z.literal('dropped'), note: requiredText('why the action is dropped', 500) }),
  ],
  { error: 'Choose done, still open or dropped' },
)
export type ActionUpdateInput = z.input<typeof actionUpdateInput>

export const bulkDropReasonMessage = 'Say why the selected actions are dropped'

/** The Actions screen's bulk update: done with an optional note, or dropped with a reason (required). */
export const bulkActionUpdateInput = z
  .object({
    actionIds: z.array(id).min(1, 'Select at least one action'),
    outcome: z.enum(['done', 'dropped']),
    note: storableText('the note').max(500, 'Keep the note to 500 characters').default(''),
  })
  .superRefine((value, context) => {
    if (value.outcome === 'dropped' && value.note === '')
      context.addIssue({ code: 'custom', path: ['note'], message: bulkDropReasonMessage })
  })

/** Due today is not overdue; due yesterday is. */
export const isOverdue = (action: { status: ActionStatus; dueDate: string }, today: string): boolean =>
  action.status === 'open' && action.dueDate < today

export const daysOverdue = (dueDate: string, today: string): number => Math.max(0, daysBetween(dueDate, today))

export const dueWithin = (action: { status: ActionStatus; dueDate: string }, today: string, days: number): boolean =>
  action.status === 'open' && action.dueDate >= today && daysBetween(today, action.dueDate) <= days

/** Still open after being carried through this many meetings: shown as escalated on the agenda. */
export const isEscalated = (action: { status: ActionStatus; meetingsCarried: number }, threshold: number): boolean =>
  action.status === 'open' && action.meetingsCarried >= threshold

/** Overdue first, then by due date, then owner: the order a chair goes through them. */
export function sortActions<T extends { status: ActionStatus; dueDate: string; ownerName: string }>(
  actions: readonly T[],
  today: string,
): T[] {
  return [...actions].sort((a, b) => {
    const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today))
    return overdue || a.dueDate.localeCompare(b.dueDate) || a.ownerName.localeCompare(b.ownerName)
  })
}

export interface AgencySheet<T> {
  agencyId: string
  agencyName: string
  overdue: T[]
  dueSoon: T[]
  otherOpen: T[]
}

/** Before each meeting: every agency's outstanding and due-soon actions, one sheet each. */
export function perAgencySheets<
  T extends { status: ActionStatus; dueDate: string; ownerName: string; ownerAgencyId: string; ownerAgencyName: string },
>(actions: readonly T[], today: string, dueSoonDays: number): AgencySheet<T>[] {
  const sheets = new Map<string, AgencySheet<T>>()
  for (const action of sortActions(
    actions.filter((a) => a.status === 'open'),
    today,
  )) {
    const sheet = sheets.get(action.ownerAgencyId) ?? {
      agencyId: action.ownerAgencyId,
      agencyName: action.ownerAgencyName,
      overdue: [],
      dueSoon: [],
      otherOpen: [],
    }
    if (isOverdue(action, today)) sheet.overdue.push(action)
    else if (dueWithin(action, today, dueSoonDays)) sheet.dueSoon.push(action)
    else sheet.otherOpen.push(action)
    sheets.set(action.ownerAgencyId, sheet)
  }
  return [...sheets.values()].sort((a, b) => a.agencyName.localeCompare(b.agencyName))
}
