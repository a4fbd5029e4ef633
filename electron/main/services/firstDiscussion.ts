import { firstDiscussionNote, statusOnFirstDiscussion } from '../../../shared/domain/meetings/firstDiscussion'
import { getCaseRow, updateCaseStatus } from '../db/repos/cases'
import { recordChange } from './caseRecord'
import type { ServiceContext } from './context'
import type { Audits } from './write'

/**
 * Called inside the transaction that records a case as discussed (what was
 * said, an action raised or updated): a case still in triage moves to Open,
 * with the change in its history. Without a keyworker the lifecycle refuses
 * and the case stays in triage; run mode asks the chair for one.
 */
export function openOnFirstDiscussion(
  ctx: ServiceContext,
  caseId: string,
  meetingDate: string,
  actorId: string,
  at: string,
  audit: Audits,
): void {
  const record = getCaseRow(ctx.db, caseId)
  if (!record) return
  if (statusOnFirstDiscussion(record.status, record.keyworker_id !== null).kind !== 'open') return
  updateCaseStatus(ctx.db, {
    id: caseId,
    status: 'open',
    closure_reason: null,
    closure_note: '',
    closed_at: null,
    reopen_count: record.reopen_count,
    updated_at: at,
  })
  recordChange(ctx.db, { caseId, at, actorId, kind: 'status', from: record.status, to: 'open', note: firstDiscussionNote(meetingDate) })
  audit({ action: 'status', entity: 'case', entityId: caseId, detail: { from: record.status, to: 'open', reason: 'first-discussion' } })
}
