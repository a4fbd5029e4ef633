import { meetingReasons, type MeetingReason } from '../record/triage'
import { monthsFrom } from './months'

/** One current triage contact (a re-triage replaces the one it supersedes). */
export interface ContactRecord {
  caseId: string
  /** The day it was received. */
  receivedOn: string
  /** Flagged at triage: the same person or family was triaged or discussed in the 12 months before. */
  isRepeat: boolean
  /** Why it was brought to the meeting; none means it was not escalated. */
  reasons: readonly MeetingReason[]
}

export type ReasonCounts = Record<MeetingReason, number>

export interface RepeatsMonth {
  month: string
  contacts: number
  repeats: number
  /** Contacts brought to the meeting for at least one reason (one contact, several reasons, counts once). */
  escalated: number
  byReason: ReasonCounts
}

export interface RepeatsEscalations {
  months: RepeatsMonth[]
  contacts: number
  repeats: number
  /** Repeats ÷ contacts; null when there were no contacts (not 0%). */
  repeatShare: number | null
  /** Cases with at least one repeat contact in the period. */
  casesWithRepeat: number
  escalated: number
  byReason: ReasonCounts
}

const noReasons = (): ReasonCounts => ({ visible_high_risk: 0, escalation: 0, professional_judgement: 0, repeat: 0 })

/** Repeat contacts within 12 months and escalations to the meeting by reason, for each month in the range and in all. */
export function repeatsAndEscalations(contacts: readonly ContactRecord[], fromDate: string, toDate: string): RepeatsEscalations {
  const inRange = contacts.filter((contact) => contact.receivedOn >= fromDate && contact.receivedOn <= toDate)
  const months = monthsFrom(fromDate, toDate).map((month): RepeatsMonth => {
    const ofMonth = inRange.filter((contact) => contact.receivedOn.slice(0, 7) === month)
    const byReason = noReasons()
    for (const contact of ofMonth) for (const reason of new Set(contact.reasons)) byReason[reason] += 1
    return {
      month,
      contacts: ofMonth.length,
      repeats: ofMonth.filter((contact) => contact.isRepeat).length,
      escalated: ofMonth.filter((contact) => contact.reasons.length > 0).length,
      byReason,
    }
  })
  const total = (pick: (month: RepeatsMonth) => number) => months.reduce((sum, month) => sum + pick(month), 0)
  const byReason = noReasons()
  for (const reason of meetingReasons) byReason[reason] = total((month) => month.byReason[reason])
  const all = total((month) => month.contacts)
  const repeats = total((month) => month.repeats)
  return {
    months,
    contacts: all,
    repeats,
    repeatShare: all === 0 ? null : repeats / all,
    casesWithRepeat: new Set(inRange.filter((contact) => contact.isRepeat).map((contact) => contact.caseId)).size,
    escalated: total((month) => month.escalated),
    byReason,
  }
}
