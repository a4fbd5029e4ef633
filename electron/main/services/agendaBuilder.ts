import { buildAgenda, type AgendaReason, type ProposedItem } from '../../../shared/domain/meetings/agenda'
import { londonToInstant } from '../../../shared/domain/londonTime'
import type { Db } from '../db/connection'
import { agendaCandidates } from '../db/repos/agendaCandidates'
import { previousMeetingBefore } from '../db/repos/meetings'

/** The agenda for a meeting on this date, by the pure rules in shared/domain/meetings/agenda.ts. */
export function proposeAgenda(
  db: Db,
  meetingDate: string,
  settings: { highRiskNotDiscussedWeeks: number; escalationMeetings: number },
): ProposedItem[] {
  const last = previousMeetingBefore(db, meetingDate)
  return buildAgenda(agendaCandidates(db, meetingDate), meetingDate, last ? londonToInstant(last.date, last.time) : null, settings)
}

export type { AgendaReason }
