/**
 * Right to erasure, and the end of retention: an administrator erases a
 * closed case completely, in one transaction.
 *
 * Approved minutes. A case discussed at an approved meeting is erased from
 * those minutes too: its agenda item, actions and their updates go from the
 * record and from the frozen copy (the preview and both Word copies), and
 * the minutes gain an amendment saying that an item was erased and when.
 * Keeping the item would keep exactly the personal data erasure is for (the
 * discussion names people and their health or offending), and refusing
 * would make every case ever discussed impossible to erase at the end of
 * its retention. The rest of each meeting's minutes stays as approved, and
 * the amendment keeps the change visible rather than silent. The
 * protection triggers are lifted for this transaction only
 * (repos/erasure.ts: withProtectionLifted).
 *
 * What stays: the audit log (it holds ids and field names, never personal
 * data; a deleted case's id no longer leads anywhere), the reference
 * counter (references are never reused) and the export register's rows for
 * the case's exports, stripped of what named the case.
 *
 * Two ways in, one erasure: `erase` for a case past its retention period
 * (the Retention list), and `eraseOnRequest` for a closed case still inside
 * it, when the data subject has asked (UK GDPR Art. 17). The second needs
 * the request's reference and the day it was received (audited, never free
 * text about the person); the audit action, the minutes' amendment and the
 * export register's stripped rows say which basis it was
 * (shared/domain/retention: ErasureBasis). An open case is refused either
 * way: a case still being worked is closed first, with its reason.
 */
import type { z } from 'zod'
import type { MinutesDocData } from '../../../shared/domain/minutesData'
import { detailWithoutCase, minutesWithoutCase } from '../../../shared/domain/meetings/erasedFromMinutes'
import type { MeetingDetail } from '../../../shared/domain/meetings/views'
import {
  daysPastRetention,
  erasedExportTitle,
  erasedFromMinutesAmendment,
  erasureAuditAction,
  retentionYears,
  type eraseCaseInput,
  type eraseOnRequestInput,
  type ErasureBasis,
} from '../../../shared/domain/retention'
import {
  approvedMeetingsWithCase,
  deleteCaseRows,
  getErasableCase,
  getErasableCaseByReference,
  rewriteSnapshot,
  snapshotFor,
  stripExportRegister,
  withProtectionLifted,
  type ErasableCase,
} from '../db/repos/erasure'
import { insertAmendment } from '../db/repos/meetings'
import { today } from './caseRecord'
import { confirmIrreversible } from './confirmIdentity'
import { newId, requireRole, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write } from './write'
import { readPolicy } from './retention'

export interface ErasureOutcome {
  reference: string
  rows: Record<string, number>
  minutesAmended: number
  exportsStripped: number
}

/** Only a closed case is erased, whatever the basis. */
function mustBeClosed(found: ErasableCase): asserts found is ErasableCase & { closed_at: string } {
  if (found.status !== 'closed' || !found.closed_at)
    throw new DomainError('conflict', `${found.reference} is not closed. Close a case before erasing it.`)
}

/** The case, if it may be erased now: closed, and past its retention period. */
function erasable(ctx: ServiceContext, caseId: string) {
  const found = getErasableCase(ctx.db, caseId)
  if (!found) throw notFound('The case')
  mustBeClosed(found)
  if (daysPastRetention(found.closed_at, retentionYears(readPolicy(ctx), found.closure_reason), today(ctx)) <= 0)
    throw new DomainError('conflict', `${found.reference} is still within its retention period.`)
  return found
}

/** The case named by reference, if it may be erased at its data subject's request: it exists and is closed. */
function erasableOnRequest(ctx: ServiceContext, reference: string) {
  const found = getErasableCaseByReference(ctx.db, reference)
  if (!found) throw fieldError('reference', `There is no case ${reference}. It may already have been erased.`)
  if (found.status !== 'closed' || !found.closed_at)
    throw new DomainError(
      'conflict',
      `${found.reference} is still open. Close it (with its reason) before erasing it at the data subject’s request.`,
      {
        reference: 'Close this case first',
      },
    )
  return found
}

/** End of retention: a closed case past its period, from the Retention list. */
export function erase(ctx: ServiceContext, input: z.output<typeof eraseCaseInput>): ErasureOutcome {
  const administrator = requireRole(ctx, 'administer')
  erasable(ctx, input.caseId)
  // The administrator's own passphrase, checked (and a wrong one counted) before anything is erased.
  confirmIrreversible(ctx, administrator, input.confirmation)
  return eraseCase(ctx, () => erasable(ctx, input.caseId), { kind: 'end-of-retention' })
}

/**
 * The data subject's right to erasure, before the end of retention: the
 * same erasure, on the basis of their request (its reference and the day it
 * was received; not in the future), confirmed with the passphrase as ever.
 */
export function eraseOnRequest(ctx: ServiceContext, input: z.output<typeof eraseOnRequestInput>): ErasureOutcome {
  const administrator = requireRole(ctx, 'administer')
  if (input.receivedOn > today(ctx)) throw fieldError('receivedOn', 'The request’s date cannot be in the future')
  erasableOnRequest(ctx, input.reference)
  confirmIrreversible(ctx, administrator, input.confirmation)
  return eraseCase(ctx, () => erasableOnRequest(ctx, input.reference), {
    kind: 'data-subject-request',
    requestReference: input.requestReference,
    receivedOn: input.receivedOn,
  })
}

/** Every row about the case, in one write; `find` checks the case again inside it. */
function eraseCase(ctx: ServiceContext, find: () => ErasableCase, basis: ErasureBasis): ErasureOutcome {
  return write(ctx, { access: 'administer', action: erasureAuditAction(basis), entity: 'case' }, ({ actor, at, audit, changed }) => {
    const found = find()

    const meetings = approvedMeetingsWithCase(ctx.db, found.id)
    const outcome = withProtectionLifted(ctx.db, () => {
      for (const meetingId of meetings) {
        const snapshot = snapshotFor(ctx.db, meetingId)
        if (snapshot) {
          rewriteSnapshot(ctx.db, {
            meeting_id: meetingId,
            detail: JSON.stringify(detailWithoutCase(JSON.parse(snapshot.detail) as MeetingDetail, found.id)),
            minutes_full: JSON.stringify(minutesWithoutCase(JSON.parse(snapshot.minutes_full) as MinutesDocData, found.reference)),
            minutes_for_redaction: JSON.stringify(
              minutesWithoutCase(JSON.parse(snapshot.minutes_for_redaction) as MinutesDocData, found.reference),
            ),
          })
        }
        insertAmendment(ctx.db, {
          id: newId(),
          meeting_id: meetingId,
          text: erasedFromMinutesAmendment(today(ctx), basis),
          added_by: actor,
          added_at: at,
          created_at: at,
          updated_at: at,
        })
      }
      const rows = deleteCaseRows(ctx.db, found.id)
      return { rows, exportsStripped: stripExportRegister(ctx.db, found.id, at, erasedExportTitle(basis)) }
    })
    audit({
      entityId: found.id,
      detail: {
        reference: found.reference,
        minutesAmended: meetings.length,
        exportsStripped: outcome.exportsStripped,
        ...(basis.kind === 'data-subject-request'
          ? { basis: basis.kind, requestReference: basis.requestReference, receivedOn: basis.receivedOn }
          : {}),
      },
    })
    changed(
      { kind: 'case', id: found.id },
      { kind: 'retention' },
      { kind: 'triage' },
      { kind: 'actions' },
      { kind: 'exports' },
      ...meetings.map((id) => ({ kind: 'meeting' as const, id })),
    )
    return { reference: found.reference, rows: outcome.rows, minutesAmended: meetings.length, exportsStripped: outcome.exportsStripped }
  })
}
