/**
 * The meeting view and the minutes data exactly as they were read before the
 * batched read (issue 11): one query per item and per action. Kept verbatim
 * (names and imports aside) as the reference the batched read must equal, so
 * the equivalence tests compare against the old output computed on the same
 * database, not against a copy of the new code.
 */
import { isEscalated, isOverdue } from '../../shared/domain/meetings/actions'
import type { AgendaReason } from '../../shared/domain/meetings/agenda'
import { agendaDisplayName, agendaShortName } from '../../shared/domain/meetings/consentDisplay'
import { countDirections } from '../../shared/domain/meetings/direction'
import { londonToInstant } from '../../shared/domain/londonTime'
import type { ActionView, AgendaItemView, MeetingDetail, NextMeetingView } from '../../shared/domain/meetings/views'
import { ageOn } from '../../shared/domain/record/dates'
import { personRoleLabels, type PersonRole } from '../../shared/domain/record/people'
import type { Db } from '../../electron/main/db/connection'
import { carriedInto, raisedAt, updateAtMeeting, type ActionJoinedRow } from '../../electron/main/db/repos/actions'
import { directionHistory, listItems, type AgendaItemRow } from '../../electron/main/db/repos/agendaItems'
import { listAttendees } from '../../electron/main/db/repos/attendees'
import { getCaseRow } from '../../electron/main/db/repos/cases'
import { followingMeeting, getMeeting, listAmendments, type MeetingJoinedRow } from '../../electron/main/db/repos/meetings'
import { listPeopleForCase } from '../../electron/main/db/repos/people'
import { listTriageForCase } from '../../electron/main/db/repos/triage'
import { frozenDetail } from '../../electron/main/services/frozenMinutes'
import { meetingSummary } from '../../electron/main/services/meetingViews'
import { hasConsentToShare, type ConsentStatus } from '../../shared/domain/record/consent'
import { agendaReasonLabels } from '../../shared/domain/meetings/agenda'
import { nextWeeklyDate } from '../../shared/domain/meetings/meetings'
import { carriedForwardNote, nonCompletionReasonLabels } from '../../shared/domain/meetings/actions'
import type { ActionUpdateView } from '../../shared/domain/meetings/views'
import { nonBlankLines } from '../../shared/domain/meetings/text'
import { londonDay } from '../../shared/domain/londonTime'
import { inGeneralTerms } from '../../shared/domain/redaction'
import type { ActionItem, ActionTrackerDocData, AgendaItem, CasePerson, MinutesDocData } from '../../electron/main/export/types'
import { listAgencies } from '../../electron/main/db/repos/agencies'
import { consentHistory } from '../../electron/main/db/repos/consent'
import * as actions from '../../electron/main/services/actions'
import * as appSettings from '../../electron/main/services/appSettings'
import { today } from '../../electron/main/services/caseRecord'
import type { ServiceContext } from '../../electron/main/services/context'
import { frozenMinutesData } from '../../electron/main/services/frozenMinutes'
import { noConsentNaming, subjectInitials, type CaseRef } from '../../electron/main/services/noConsentNaming'

function actionView(row: ActionJoinedRow, today: string, escalationMeetings: number): ActionView {
  const action = { status: row.status, dueDate: row.due_date, meetingsCarried: row.meetings_carried }
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    caseDisplayName: agendaDisplayName({
      reference: row.case_reference,
      title: row.case_title,
      subjectName: row.subject_name,
      subjectConsent: row.subject_consent,
    }),
    subjectConsent: row.subject_consent,
    raisedAtMeetingId: row.raised_at_meeting_id,
    raisedOn: row.raised_on,
    description: row.description,
    ownerName: row.owner_name,
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyName: row.owner_agency_name,
    dueDate: row.due_date,
    status: row.status,
    completedOn: row.completed_on,
    statusNote: row.status_note,
    meetingsCarried: row.meetings_carried,
    overdue: isOverdue(action, today),
    escalated: isEscalated(action, escalationMeetings),
  }
}

function itemView(db: Db, meeting: MeetingJoinedRow, row: AgendaItemRow, escalationMeetings: number): AgendaItemView {
  const meetingId = meeting.id
  const meetingDate = meeting.date
  const record = getCaseRow(db, row.case_id)
  const subjectName = record?.subject_first_name ? [record.subject_first_name, record.subject_last_name].filter(Boolean).join(' ') : null
  const history = directionHistory(db, row.case_id).filter((point) => point.date < meetingDate)
  // Newest first; a re-triage replaces the assessment it supersedes.
  const triage = listTriageForCase(db, row.case_id).find((entry) => entry.superseded_by_id === null)
  return {
    id: row.id,
    position: row.position,
    caseId: row.case_id,
    reference: record?.reference ?? '',
    displayName: agendaDisplayName({
      reference: record?.reference ?? '',
      title: record?.title ?? '',
      subjectName,
      subjectConsent: record?.subject_consent ?? null,
    }),
    shortName: agendaShortName({ reference: record?.reference ?? '', title: record?.title ?? '', subjectName }),
    subjectConsent: record?.subject_consent ?? null,
    reasons: JSON.parse(row.reasons) as AgendaReason[],
    removed: row.removed === 1,
    removedReason: row.removed_reason,
    done: row.done === 1,
    riskBefore: row.risk_before,
    riskAfter: row.risk_after,
    direction: row.direction,
    directionReason: row.direction_reason,
    lastDirection: history.at(-1)?.direction ?? null,
    nextReviewDate: row.next_review_date,
    discussion: row.discussion,
    decisions: row.decisions,
    agenciesShared: JSON.parse(row.agencies_shared) as string[],
    shareWithoutConsentRationale: row.share_without_consent_rationale,
    shareWithoutConsentBy: row.share_without_consent_by,
    discussionCategory: row.discussion_category,
    caseSummary: record?.summary ?? '',
    caseStatus: record?.status ?? 'open',
    keyworkerName: record?.keyworker_name ?? null,
    triageSummary: triage?.summary ?? '',
    riskFactors: triage ? (JSON.parse(triage.risk_factors) as string[]) : [],
    people: listPeopleForCase(db, row.case_id).map((person) => ({
      name: [person.first_name, person.last_name].filter(Boolean).join(' '),
      role: personRoleLabels[person.role as PersonRole] ?? person.role,
      age: person.date_of_birth ? ageOn(person.date_of_birth, meetingDate) : null,
    })),
    carriedActions: carriedInto(db, row.case_id, meetingMoment(meeting)).map((action) => {
      const update = updateAtMeeting(db, action.id, meetingId)
      return {
        ...actionView(action, meetingDate, escalationMeetings),
        update: update
          ? { actionId: action.id, outcome: update.outcome, nonCompletionReason: update.non_completion_reason, note: update.note }
          : null,
      }
    }),
    newActions: raisedAt(db, row.case_id, meetingId).map((action) => actionView(action, meetingDate, escalationMeetings)),
  }
}

/** What carriedInto needs to know about the meeting: when it was held. */
const meetingMoment = (meeting: { id: string; date: string; time: string }) => ({
  id: meeting.id,
  date: meeting.date,
  time: meeting.time,
  startsAt: londonToInstant(meeting.date, meeting.time),
})

/** The next meeting's own date, time and place once it exists; until then only the date set at the end. */
function nextMeetingOf(db: Db, row: MeetingJoinedRow): NextMeetingView | null {
  const next = followingMeeting(db, row)
  if (next) return { id: next.id, date: next.date, time: next.time, location: next.location }
  return row.next_meeting_date ? { id: null, date: row.next_meeting_date, time: null, location: null } : null
}

/** The meeting as it is now; approved minutes as they were frozen at approval (frozenMinutes.ts). */
export function legacyMeetingDetail(db: Db, meetingId: string, escalationMeetings: number): MeetingDetail | undefined {
  const row = getMeeting(db, meetingId)
  if (!row) return undefined
  const amendments = listAmendments(db, meetingId).map((amendment) => ({
    id: amendment.id,
    text: amendment.text,
    addedByName: amendment.added_by_name,
    addedAt: amendment.added_at,
  }))
  if (row.status === 'approved') {
    const frozen = frozenDetail(db, meetingId)
    // Amendments are linked records, added after approval; the link to the next meeting is not minutes content.
    if (frozen) return { ...frozen, amendments, nextMeetingId: row.next_meeting_id }
  }
  const items = listItems(db, meetingId).map((item) => itemView(db, row, item, escalationMeetings))
  return {
    ...meetingSummary(row),
    previousMeetingId: row.previous_meeting_id,
    currentItemId: row.current_item_id,
    confidentialityStatement: row.confidentiality_statement,
    nextMeetingDate: row.next_meeting_date,
    minutesVersion: row.minutes_version,
    approvedByName: row.approved_by_name,
    attendees: listAttendees(db, meetingId).map((attendee) => ({
      id: attendee.id,
      userId: attendee.user_id,
      name: attendee.user_name ?? attendee.guest_name,
      agencyId: attendee.agency_id,
      agencyName: attendee.agency_name,
      role: attendee.role,
      attendance: attendee.attendance,
      informationSent: attendee.information_sent === 1,
      agreedConfidentiality: attendee.agreed_confidentiality === 1,
      confidentialitySkipped: attendee.confidentiality_skipped === 1,
    })),
    items,
    amendments,
    directionCounts: countDirections(items.filter((item) => !item.removed).map((item) => item.direction)),
    nextMeetingId: row.next_meeting_id,
    nextMeeting: nextMeetingOf(db, row),
  }
}

/** Everyone in the household, with every identifier: the redaction rules need all of it to remove it. */
function casePeople(db: Db, caseId: string): CasePerson[] {
  return listPeopleForCase(db, caseId).map((person) => ({
    id: person.id,
    firstName: person.first_name,
    lastName: person.last_name,
    otherNames: person.preferred_name ? [person.preferred_name] : [],
    relationship: person.relationship || (personRoleLabels[person.role as PersonRole] ?? person.role),
    dateOfBirth: person.date_of_birth,
    address: person.address || null,
    identifiers: [
      ...(person.nhs_number ? [{ label: 'NHS number', value: person.nhs_number }] : []),
      ...(person.police_reference ? [{ label: 'Police reference', value: person.police_reference }] : []),
    ],
    consent: (consentHistory(db, person.id)[0]?.status as ConsentStatus | undefined) ?? 'not_asked',
  }))
}

/** What the minutes say about a carried action's status: the labelled reason it is not done, then any note. */
function statusReasonOf(update: ActionUpdateView): string | null {
  const reason = update.outcome === 'open' && update.nonCompletionReason ? nonCompletionReasonLabels[update.nonCompletionReason] : ''
  const note = update.note === carriedForwardNote ? '' : update.note.trim()
  return [reason, note].filter(Boolean).join(' – ') || null
}

function itemActions(item: AgendaItemView): ActionItem[] {
  const fromView = (action: ActionView, change: ActionItem['change'], status: ActionItem['status'], reason: string | null): ActionItem => ({
    id: action.id,
    description: action.description,
    owner: action.ownerName,
    ownerAgency: action.ownerAgencyName,
    dueDate: action.dueDate,
    status,
    statusReason: reason,
    change,
  })
  return [
    ...item.newActions.map((action) => fromView(action, 'new', 'open', null)),
    ...item.carriedActions.map((action) => {
      if (!action.update) return fromView(action, 'carried', 'open', null)
      const reason = statusReasonOf(action.update)
      // Still open with nothing new said is "carried forward"; a reason or a note is an update.
      const change = action.update.outcome !== 'open' || reason !== null ? 'updated' : 'carried'
      return fromView(action, change, action.update.outcome, reason)
    }),
  ]
}

/**
 * `full` is the copy for meeting members: a case whose subject has not
 * consented is still named only by reference and initials, with no household
 * details (DOMAIN.md). `forRedaction` keeps every name so the redaction rules
 * can find and remove them wherever they were typed.
 */
export function legacyMinutesData(ctx: ServiceContext, meetingId: string, purpose: 'full' | 'forRedaction' = 'full'): MinutesDocData {
  // Approved minutes are exported exactly as they were approved.
  const frozen = frozenMinutesData(ctx.db, meetingId, purpose)
  if (frozen) return frozen
  const meeting = legacyMeetingDetail(ctx.db, meetingId, appSettings.read(ctx).escalationMeetings)
  if (!meeting) throw new Error('The meeting')
  const agencies = listAgencies(ctx.db, true)
  const agencyNames = new Map(agencies.map((agency) => [agency.id, agency.name]))
  const reserved = agencies.map((agency) => agency.shortName)
  return {
    meetingKind: meeting.kind,
    date: meeting.date,
    time: meeting.time,
    location: meeting.location,
    chair: meeting.chairName,
    confidentiality: {
      statement: meeting.confidentialityStatement,
      agreedBy: meeting.attendees.filter((a) => a.agreedConfidentiality).map((a) => a.name),
    },
    attendees: meeting.attendees
      .filter((a) => a.attendance !== 'expected')
      .map((a) => ({
        name: a.name,
        agency: a.agencyName,
        role: a.role,
        attendance: a.attendance === 'expected' ? 'apologies' : a.attendance,
        ...(a.attendance === 'apologies' ? { informationSent: a.informationSent } : {}),
      })),
    agendaItems: meeting.items
      .filter((item) => !item.removed)
      .map((item) => {
        const record = getCaseRow(ctx.db, item.caseId)
        const hideNames = purpose === 'full' && !hasConsentToShare(item.subjectConsent)
        const data: AgendaItem = {
          caseReference: item.reference,
          // displayName is "RT-2026-0007 (GO)" without consent: keep only the initials ('GP (subject)' if they read as an abbreviation).
          caseTitle: hideNames
            ? `(${subjectInitials({ reference: item.reference, displayName: item.displayName }, reserved)})`
            : (record?.title ?? ''),
          // inGeneralTerms drops the people again once it has scrubbed their names out of the text.
          people: casePeople(ctx.db, item.caseId),
          consentToShare: hasConsentToShare(item.subjectConsent),
          reasons: item.reasons.map((reason) => agendaReasonLabels[reason]),
          discussion: item.discussion ? [{ text: item.discussion, category: item.discussionCategory }] : [],
          sensitivity: item.discussionCategory,
          decisions: nonBlankLines(item.decisions),
          riskBefore: item.riskBefore,
          riskAfter: item.riskAfter ?? item.riskBefore,
          direction: item.direction,
          directionReason: item.directionReason,
          nextReviewDate: item.nextReviewDate,
          // The meeting records which agencies shared, not what: the content is in the discussion, under its category.
          informationShared: item.agenciesShared.map((agencyId) => ({
            agency: agencyNames.get(agencyId) ?? 'Unknown agency',
            summary: '',
            category: item.discussionCategory,
          })),
          sharingWithoutConsent: item.shareWithoutConsentRationale
            ? [{ rationale: item.shareWithoutConsentRationale, decidedBy: item.shareWithoutConsentBy, decidedOn: meeting.date }]
            : [],
          actions: itemActions(item),
        }
        return hideNames ? inGeneralTerms(data, reserved) : data
      }),
    directionCounts: meeting.directionCounts,
    nextMeeting: nextMeetingFor(meeting),
    approval:
      meeting.status === 'approved' && meeting.approvedAt
        ? { status: 'approved', approvedBy: meeting.approvedByName ?? meeting.chairName, approvedOn: londonDay(meeting.approvedAt) }
        : { status: 'draft' },
    version: meeting.minutesVersion + meeting.amendments.length,
    amendments: meeting.amendments.map((amendment) => ({
      text: amendment.text,
      by: amendment.addedByName,
      date: londonDay(amendment.addedAt),
    })),
  }
}

/**
 * The next meeting as set when this one was finished: its date, with time
 * and place only when the meeting found on that date is it. The next
 * meeting in the calendar may be another kind (a review's minutes must not
 * give the weekly meeting's date and room).
 */
function nextMeetingFor(meeting: {
  date: string
  nextMeetingDate: string | null
  nextMeeting: { date: string; time: string | null; location: string | null } | null
}): MinutesDocData['nextMeeting'] {
  const set = meeting.nextMeetingDate
  const found = meeting.nextMeeting
  if (set === null) return null
  if (found && found.date === set) return { date: found.date, time: found.time, location: found.location }
  // Finishing without choosing a date leaves the weekly default, which names no particular meeting: when approval
  // found a meeting already planned after this one and named it as next, that meeting is the next one.
  if (found && set === nextWeeklyDate(meeting.date)) return { date: found.date, time: found.time, location: found.location }
  return { date: set, time: null, location: null }
}

export function legacyActionTrackerData(ctx: ServiceContext, groupBy: 'agency' | 'owner'): ActionTrackerDocData {
  const naming = noConsentNaming(ctx.db, (caseId) => casePeople(ctx.db, caseId))
  return {
    groupBy,
    today: today(ctx),
    actions: actions
      .list(ctx)
      .filter((action) => action.status === 'open')
      .map((action) => {
        const ref = actionCaseRef(action)
        return {
          id: action.id,
          caseReference: action.caseReference,
          caseLabel: naming.label(ref),
          // A case without consent is named by initials here too, as in the full minutes.
          description: naming.text(ref, action.description, [action.ownerName, action.ownerAgencyName]),
          owner: action.ownerName,
          ownerAgency: action.ownerAgencyName,
          dueDate: action.dueDate,
          status: action.status,
          raisedOn: action.raisedOn,
        }
      }),
  }
}

function actionCaseRef(action: ActionView): CaseRef {
  return {
    caseId: action.caseId,
    reference: action.caseReference,
    displayName: action.caseDisplayName,
    subjectConsent: action.subjectConsent,
  }
}
