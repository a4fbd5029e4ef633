/**
 * Every case that could be on a meeting's agenda, with what the agenda rules
 * (shared/domain/meetings/agenda.ts) weigh: status, risk, "bring", review
 * date, when last discussed and its open actions.
 */
import type { AgendaCandidate } from '../../../../shared/domain/meetings/agenda'
import type { CaseStatus } from '../../../../shared/domain/cases'
import type { RiskLevel } from '../../../../shared/domain/risk'
import { stmt, type Db } from '../connection'
import { lastDiscussedByCase } from './agendaItems'

interface CandidateRow {
  id: string
  reference: string
  status: CaseStatus
  risk_level: RiskLevel
  bring_to_next_meeting: 0 | 1
  created_at: string
  next_review_date: string | null
}

/** Every case that is not closed, with what the agenda rules need to know about it. */
export function agendaCandidates(db: Db, meetingDate: string): AgendaCandidate[] {
  const lastDiscussed = lastDiscussedByCase(db, meetingDate)
  const actions = stmt<{ case_id: string; status: 'open'; due_date: string; meetings_carried: number }>(
    db,
    `SELECT ac.case_id, ac.status, ac.due_date, (SELECT count(*) FROM action_updates u WHERE u.action_id = ac.id AND u.outcome = 'open') AS meetings_carried
     FROM actions ac WHERE ac.status = 'open'`,
  ).all()
  const byCase = new Map<string, Array<{ status: 'open'; dueDate: string; meetingsCarried: number }>>()
  for (const action of actions)
    byCase.set(action.case_id, [
      ...(byCase.get(action.case_id) ?? []),
      { status: action.status, dueDate: action.due_date, meetingsCarried: action.meetings_carried },
    ])
  return stmt<CandidateRow>(
    db,
    "SELECT id, reference, status, risk_level, bring_to_next_meeting, created_at, next_review_date FROM cases WHERE status <> 'closed'",
  )
    .all()
    .map((row) => ({
      caseId: row.id,
      reference: row.reference,
      status: row.status,
      riskLevel: row.risk_level,
      bringToNextMeeting: row.bring_to_next_meeting === 1,
      createdAt: row.created_at,
      nextReviewDate: row.next_review_date,
      lastDiscussedOn: lastDiscussed.get(row.id) ?? null,
      openActions: byCase.get(row.id) ?? [],
    }))
}
