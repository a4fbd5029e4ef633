import type { z } from 'zod'
import { carriedForwardNote } from '../../../shared/domain/meetings/actions'
import { moveItem } from '../../../shared/domain/meetings/agenda'
import { somethingRecorded } from '../../../shared/domain/meetings/discussed'
import type { agendaAddInput, agendaItemRecordInput, agendaMoveInput, agendaRemoveInput } from '../../../shared/domain/meetings/meetings'
import type { AgendaItemView, MeetingDetail } from '../../../shared/domain/meetings/views'
import { actionsRecordedAt } from '../db/repos/actions'
import { getItem, insertItem, listItems, removeItem, restoreItem, setItemPosition, updateItemRecord } from '../db/repos/agendaItems'
import { clearBringToNextMeeting, getCaseRow, setCaseRisk, setNextReviewDate } from '../db/repos/cases'
import { recordChange } from './caseRecord'
import { newId, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write } from './write'
import { openOnFirstDiscussion } from './firstDiscussion'
import { addProposedItems } from './meetings'
import { loadMeetingDetail as detail, loadItemView, requireEditable } from './meetingViews'

function editableItem(ctx: ServiceContext, itemId: string) {
  const item = getItem(ctx.db, itemId)
  if (!item) throw notFound('The agenda item')
  const meeting = requireEditable(ctx, item.meeting_id)
  return { item, meeting }
}

type ItemRow = NonNullable<ReturnType<typeof getItem>>

/** The recorded fields this save changes, by name (for the audit row). */
function changedItemFields(item: ItemRow, input: z.output<typeof agendaItemRecordInput>): string[] {
  const pairs: Array<[string, unknown, unknown]> = [
    ['done', item.done === 1, input.done],
    ['discussion', item.discussion, input.discussion],
    ['decisions', item.decisions, input.decisions],
    ['riskAfter', item.risk_after, input.riskAfter],
    ['direction', item.direction, input.direction],
    ['directionReason', item.direction_reason, input.directionReason],
    ['nextReviewDate', item.next_review_date, input.nextReviewDate],
    ['agenciesShared', item.agencies_shared, JSON.stringify(input.agenciesShared)],
    ['shareWithoutConsentRationale', item.share_without_consent_rationale, input.shareWithoutConsentRationale],
    ['shareWithoutConsentBy', item.share_without_consent_by, input.shareWithoutConsentBy],
    ['discussionCategory', item.discussion_category, input.discussionCategory],
  ]
  return pairs.filter(([, before, after]) => before !== after).map(([name]) => name)
}

/** Keeps positions 1..n in the order given. */
function renumber(ctx: ServiceContext, ids: readonly string[], at: string) {
  ids.forEach((id, index) => setItemPosition(ctx.db, id, index + 1, at))
}

export function refresh(ctx: ServiceContext, meetingId: string): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'refresh-agenda', entity: 'meeting' }, ({ audit, changed }) => {
    const meeting = requireEditable(ctx, meetingId)
    const { added, updated } = addProposedItems(ctx, meetingId, meeting.date)
    audit({ entityId: meetingId, detail: { added, updated } })
    changed({ kind: 'meeting', id: meetingId })
    return detail(ctx, meetingId)
  })
}

/** "Add case": the chair puts a case on the agenda by hand (once only). */
export function add(ctx: ServiceContext, input: z.output<typeof agendaAddInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'agenda-add', entity: 'meeting' }, ({ at, audit, changed }) => {
    requireEditable(ctx, input.meetingId)
    const record = getCaseRow(ctx.db, input.caseId)
    if (!record) throw fieldError('caseId', 'That case was not found')
    const items = listItems(ctx.db, input.meetingId)
    const existing = items.find((item) => item.case_id === input.caseId)
    const active = items.filter((item) => item.removed === 0)
    if (existing && existing.removed === 0) throw fieldError('caseId', `${record.reference} is already on the agenda`)
    if (existing) restoreItem(ctx.db, existing.id, active.length + 1, at)
    else {
      insertItem(ctx.db, {
        id: newId(),
        meeting_id: input.meetingId,
        case_id: input.caseId,
        position: active.length + 1,
        reasons: JSON.stringify(['added_by_chair']),
        removed: 0,
        removed_reason: '',
        done: 0,
        discussion: '',
        decisions: '',
        risk_before: record.risk_level,
        risk_after: null,
        direction: null,
        direction_reason: '',
        next_review_date: null,
        agencies_shared: '[]',
        share_without_consent_rationale: '',
        share_without_consent_by: '',
        discussion_category: null,
        created_at: at,
        updated_at: at,
      })
    }
    audit({ entityId: input.meetingId, detail: { caseId: input.caseId } })
    changed({ kind: 'meeting', id: input.meetingId }, { kind: 'case', id: input.caseId })
    return detail(ctx, input.meetingId)
  })
}

/** Delete on the agenda: removed with a reason, kept in the record. */
export function remove(ctx: ServiceContext, input: z.output<typeof agendaRemoveInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'agenda-remove', entity: 'meeting' }, ({ at, audit, changed }) => {
    const { item } = editableItem(ctx, input.itemId)
    removeItem(ctx.db, item.id, input.reason, at)
    renumber(
      ctx,
      listItems(ctx.db, item.meeting_id)
        .filter((row) => row.removed === 0)
        .map((row) => row.id),
      at,
    )
    audit({ entityId: item.meeting_id, detail: { itemId: item.id } })
    changed({ kind: 'meeting', id: item.meeting_id }, { kind: 'case', id: item.case_id })
    return detail(ctx, item.meeting_id)
  })
}

/** Alt+↑ / Alt+↓. */
export function move(ctx: ServiceContext, input: z.output<typeof agendaMoveInput>): MeetingDetail {
  return write(ctx, { access: 'writeCases', action: 'agenda-move', entity: 'meeting' }, ({ at, audit, changed }) => {
    const { item } = editableItem(ctx, input.itemId)
    const active = listItems(ctx.db, item.meeting_id).filter((row) => row.removed === 0)
    renumber(
      ctx,
      moveItem(active, item.id, input.direction).map((row) => row.id),
      at,
    )
    audit({ entityId: item.meeting_id, detail: { itemId: item.id, direction: input.direction } })
    changed({ kind: 'meeting', id: item.meeting_id })
    return detail(ctx, item.meeting_id)
  })
}

/**
 * Saves what the chair recorded for one case (autosave and on every move).
 * The case itself follows: risk after discussion, next review date, and the
 * "bring to next meeting" request is met once the case has been discussed.
 */
export function record(ctx: ServiceContext, input: z.output<typeof agendaItemRecordInput>): AgendaItemView {
  return write(ctx, { access: 'writeCases', action: 'agenda-record', entity: 'agenda_item' }, ({ actor, at, audit, changed }) => {
    const { item, meeting } = editableItem(ctx, input.itemId)
    if (item.removed === 1) throw new DomainError('conflict', 'This case was removed from the agenda. Add it back to record a discussion.')
    if (input.nextReviewDate !== null && input.nextReviewDate < meeting.date)
      throw fieldError('nextReviewDate', 'The next review must be on or after the meeting date')
    const discussed =
      input.done ||
      somethingRecorded({ ...input, actionsRecorded: actionsRecordedAt(ctx.db, item.case_id, meeting.id, carriedForwardNote) })
    updateItemRecord(ctx.db, {
      id: item.id,
      done: discussed ? 1 : 0,
      discussion: input.discussion,
      decisions: input.decisions,
      risk_after: input.riskAfter,
      direction: input.direction,
      direction_reason: input.directionReason,
      next_review_date: input.nextReviewDate,
      agencies_shared: JSON.stringify(input.agenciesShared),
      share_without_consent_rationale: input.shareWithoutConsentRationale,
      share_without_consent_by: input.shareWithoutConsentBy,
      discussion_category: input.discussionCategory,
      updated_at: at,
    })
    const current = getCaseRow(ctx.db, item.case_id)
    if (current && input.riskAfter && input.riskAfter !== current.risk_level) {
      setCaseRisk(ctx.db, item.case_id, input.riskAfter, at)
      recordChange(ctx.db, {
        caseId: item.case_id,
        at,
        actorId: actor,
        kind: 'risk',
        from: current.risk_level,
        to: input.riskAfter,
        note: 'Case meeting',
      })
    }
    if (current && input.nextReviewDate && input.nextReviewDate !== current.next_review_date) {
      setNextReviewDate(ctx.db, item.case_id, input.nextReviewDate, at)
    }
    if (discussed) {
      clearBringToNextMeeting(ctx.db, item.case_id)
      openOnFirstDiscussion(ctx, item.case_id, meeting.date, actor, at, audit)
    }
    // Which fields changed, never what they say: the discussion and the
    // rationale for sharing without consent are personal data.
    audit({ entityId: item.id, detail: { meetingId: item.meeting_id, caseId: item.case_id, fields: changedItemFields(item, input) } })
    // Only this item changed in the meeting; the case follows what was recorded (risk, review date, status), so its
    // record and every list showing it are stale too. The item is returned, not the whole meeting (run mode patches it in).
    changed({ kind: 'meeting', id: item.meeting_id }, { kind: 'case', id: item.case_id })
    return loadItemView(ctx, item.meeting_id, item.id)
  })
}
