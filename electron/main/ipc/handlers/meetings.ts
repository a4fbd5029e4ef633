import type { AppServices } from '../../appServices'
import * as actions from '../../services/actions'
import * as agenda from '../../services/agenda'
import * as attendance from '../../services/attendance'
import { requireActor } from '../../services/context'
import * as meetings from '../../services/meetings'
import { directionHistory } from '../../db/repos/agendaItems'
import { getCaseRow } from '../../db/repos/cases'
import { notFound } from '../../services/errors'
import type { Handlers } from '../handlerTypes'

export const meetingHandlers = ({ ctx }: AppServices) =>
  ({
    'meetings:get': (input) => meetings.get(ctx, input.meetingId),
    'meetings:create': (input) => meetings.create(ctx, input),
    'meetings:createNext': (input) => meetings.createNext(ctx, input.meetingId),
    'meetings:start': (input) => meetings.start(ctx, input.meetingId),
    'meetings:setCurrentItem': (input) => {
      meetings.setCurrent(ctx, input.meetingId, input.itemId)
      return null
    },
    'meetings:finish': (input) => meetings.finish(ctx, input),
    'meetings:approve': (input) => meetings.approve(ctx, input.meetingId),
    'meetings:amend': (input) => meetings.amend(ctx, input),
    'meetings:refreshAgenda': (input) => agenda.refresh(ctx, input.meetingId),
    'agenda:add': (input) => agenda.add(ctx, input),
    'agenda:remove': (input) => agenda.remove(ctx, input),
    'agenda:move': (input) => agenda.move(ctx, input),
    'agenda:record': (input) => agenda.record(ctx, input),
    'attendance:add': (input) => attendance.add(ctx, input),
    'attendance:remove': (input) => attendance.remove(ctx, input.attendeeId),
    'attendance:mark': (input) => attendance.mark(ctx, input),
    'attendance:agree': (input) => attendance.agree(ctx, input),
    'attendance:addPresent': (input) => attendance.addPresent(ctx, input),
    'actions:list': () => actions.list(ctx),
    'actions:listForCase': (input) => actions.listForCase(ctx, input.id),
    'actions:raise': (input) => actions.raise(ctx, input),
    'actions:withdraw': (input) => actions.withdraw(ctx, input.actionId),
    'actions:updateAtMeeting': (input) => actions.updateAtMeetingItem(ctx, input),
    'actions:bulkUpdate': (input) => actions.bulkUpdate(ctx, input),
    'cases:directionHistory': (input) => {
      requireActor(ctx)
      if (!getCaseRow(ctx.db, input.id)) throw notFound('The case')
      return directionHistory(ctx.db, input.id)
    },
  }) satisfies Partial<Handlers>
