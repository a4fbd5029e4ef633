import type { z } from 'zod'
import { bulkDropReasonMessage, type ActionStatus, type actionUpdateInput } from '../../../shared/domain/meetings/actions'
import type { actionUpdateAtMeetingInput, newActionAtMeetingInput } from '../../../shared/domain/meetings/meetings'
import type { ActionView, AgendaItemView } from '../../../shared/domain/meetings/views'
import {
  carriedInto,
  countActionUpdates,
  deleteAction,
  deleteUpdateAtMeeting,
  getAction,
  insertAction,
  insertActionUpdate,
  listActions,
  listActionsForCase,
  setActionStatus,
  updateAtMeeting,
} from '../db/repos/actions'
import { getItem, listItems, setItemDone } from '../db/repos/agendaItems'
import { getAgency } from '../db/repos/agencies'
import { getCaseRow } from '../db/repos/cases'
import * as appSettings from './appSettings'
import { today } from './caseRecord'
import { newId, requireActor, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write } from './write'
import { openOnFirstDiscussion } from './firstDiscussion'
import { actionView, loadItemView, meetingMoment, requireEditable } from './meetingViews'

function itemAndMeeting(ctx: ServiceContext, itemId: string) {
  const item = getItem(ctx.db, itemId)
  if (!item) throw notFound('The agenda item')
  return { item, meeting: requireEditable(ctx, item.meeting_id) }
}

/** A new action recorded in run mode: description, owner, owner's agency, due date. */
export function raise(ctx: ServiceContext, input: z.output<typeof newActionAtMeetingInput>): AgendaItemView {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'action' }, ({ actor, at, audit, changed }) => {
    const { item, meeting } = itemAndMeeting(ctx, input.itemId)
    if (!getAgency(ctx.db, input.ownerAgencyId)?.active) throw fieldError('ownerAgencyId', "Choose the owner's agency")
    if (input.dueDate < meeting.date) throw fieldError('dueDate', 'The due date must be on or after the meeting date')
    const id = newId()
    setItemDone(ctx.db, item.id, true, at)
    openOnFirstDiscussion(ctx, item.case_id, meeting.date, actor, at, audit)
    insertAction(ctx.db, {
      id,
      case_id: item.case_id,
      raised_at_meeting_id: meeting.id,
      description: input.description,
      owner_name: input.ownerName,
      owner_user_id: null,
      owner_agency_id: input.ownerAgencyId,
      due_date: input.dueDate,
      status: 'open',
      completed_on: null,
      status_note: '',
      created_at: at,
      updated_at: at,
    })
    audit({ entityId: id, detail: { meetingId: meeting.id } })
    // The item (its new action, now discussed), not the whole meeting.
    changed({ kind: 'meeting', id: meeting.id }, { kind: 'case', id: item.case_id }, { kind: 'actions' })
    return loadItemView(ctx, meeting.id, item.id)
  })
}

/** Taking back an action raised by mistake in this (unapproved) meeting. */
export function withdraw(ctx: ServiceContext, actionId: string): AgendaItemView {
  return write(ctx, { access: 'writeCases', action: 'withdraw', entity: 'action' }, ({ audit, changed }) => {
    const action = getAction(ctx.db, actionId)
    if (!action?.raised_at_meeting_id) throw notFound('The action')
    requireEditable(ctx, action.raised_at_meeting_id)
    // Progress recorded against it is history that points at the action: it
    // was not raised by mistake, and deleting it would orphan that history.
    if (countActionUpdates(ctx.db, actionId) > 0) {
      throw new DomainError(
        'invalid_input',
        `“${action.description}” already has progress recorded, so it cannot be withdrawn. Mark it dropped with a reason instead.`,
      )
    }
    const item = listItems(ctx.db, action.raised_at_meeting_id).find((row) => row.case_id === action.case_id)
    if (!item) throw notFound('The agenda item')
    deleteAction(ctx.db, actionId)
    audit({ entityId: actionId })
    changed({ kind: 'meeting', id: item.meeting_id }, { kind: 'case', id: action.case_id }, { kind: 'actions' })
    return loadItemView(ctx, item.meeting_id, item.id)
  })
}

function applyOutcome(ctx: ServiceContext, actionId: string, update: z.output<typeof actionUpdateInput>, onDate: string, at: string) {
  const status: ActionStatus = update.outcome
  setActionStatus(ctx.db, actionId, status, status === 'done' ? onDate : null, update.note, at)
}

/** Each carried action's update at the meeting: done, still open (why), or dropped (why). */
export function updateAtMeetingItem(ctx: ServiceContext, input: z.output<typeof actionUpdateAtMeetingInput>): AgendaItemView {
  return write(ctx, { access: 'writeCases', action: 'action-update', entity: 'action' }, ({ actor, at, audit, changed }) => {
    const { item, meeting } = itemAndMeeting(ctx, input.itemId)
    const action = getAction(ctx.db, input.update.actionId)
    if (!action || action.case_id !== item.case_id) throw notFound('That action')
    if (action.raised_at_meeting_id === meeting.id)
      throw new DomainError('conflict', 'This action was raised at this meeting; update it at a later one.')
    // Only an action this meeting carries (raised before it) can be updated here.
    if (!carriedInto(ctx.db, item.case_id, meetingMoment(meeting)).some((carried) => carried.id === action.id))
      throw new DomainError('conflict', 'This action was raised after this meeting; update it at a later one.')
    const previous = updateAtMeeting(ctx.db, action.id, meeting.id)
    if (!previous && action.status !== 'open') throw new DomainError('conflict', 'This action is already closed.')
    if (previous) deleteUpdateAtMeeting(ctx.db, action.id, meeting.id)
    insertActionUpdate(ctx.db, {
      id: newId(),
      action_id: action.id,
      meeting_id: meeting.id,
      outcome: input.update.outcome,
      non_completion_reason: input.update.outcome === 'open' ? input.update.nonCompletionReason : null,
      note: input.update.note,
      recorded_by: actor,
      created_at: at,
      updated_at: at,
    })
    applyOutcome(ctx, action.id, input.update, meeting.date, at)
    setItemDone(ctx.db, item.id, true, at)
    openOnFirstDiscussion(ctx, item.case_id, meeting.date, actor, at, audit)
    audit({ action: `action-${input.update.outcome}`, entityId: action.id, detail: { meetingId: meeting.id } })
    changed({ kind: 'meeting', id: meeting.id }, { kind: 'case', id: item.case_id }, { kind: 'actions' })
    return loadItemView(ctx, meeting.id, item.id)
  })
}

export function list(ctx: ServiceContext): ActionView[] {
  requireActor(ctx)
  const settings = appSettings.read(ctx)
  // The London day once per call, not once per row (an Intl call each: half a million at ten years' scale).
  const day = today(ctx)
  return listActions(ctx.db).map((row) => actionView(row, day, settings.escalationMeetings))
}

export function listForCase(ctx: ServiceContext, caseId: string): ActionView[] {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
  const settings = appSettings.read(ctx)
  const day = today(ctx)
  return listActionsForCase(ctx.db, caseId).map((row) => actionView(row, day, settings.escalationMeetings))
}

/** The Actions screen: select several and mark them done (or dropped) with a note, in one transaction. */
export function bulkUpdate(ctx: ServiceContext, input: { actionIds: string[]; outcome: 'done' | 'dropped'; note: string }): ActionView[] {
  return write(ctx, { access: 'writeCases', action: `action-${input.outcome}`, entity: 'action' }, ({ actor, at, audit, changed }) => {
    if (input.outcome === 'dropped' && input.note.trim() === '') throw fieldError('note', bulkDropReasonMessage)
    for (const actionId of input.actionIds) {
      const action = getAction(ctx.db, actionId)
      if (!action) throw notFound('One of the selected actions')
      if (action.status !== 'open')
        throw new DomainError('conflict', `“${action.description}” is already ${action.status}. Nothing was changed.`)
      insertActionUpdate(ctx.db, {
        id: newId(),
        action_id: actionId,
        meeting_id: null,
        outcome: input.outcome,
        non_completion_reason: null,
        note: input.note,
        recorded_by: actor,
        created_at: at,
        updated_at: at,
      })
      setActionStatus(ctx.db, actionId, input.outcome, input.outcome === 'done' ? today(ctx) : null, input.note, at)
      audit({ entityId: actionId })
      changed({ kind: 'case', id: action.case_id })
    }
    changed({ kind: 'actions' })
    return list(ctx)
  })
}
