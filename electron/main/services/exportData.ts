/**
 * Maps the records to the plain data the Word builders take
 * (electron/main/export/types.ts). No I/O beyond reading the database.
 */
import { hasConsentToShare, type ConsentStatus } from '../../../shared/domain/record/consent'
import { agendaReasonLabels } from '../../../shared/domain/meetings/agenda'
import { nextWeeklyDate } from '../../../shared/domain/meetings/meetings'
import { carriedForwardNote, nonCompletionReasonLabels } from '../../../shared/domain/meetings/actions'
import type { ActionUpdateView, ActionView, AgendaItemView } from '../../../shared/domain/meetings/views'
import { nonBlankLines } from '../../../shared/domain/meetings/text'
import { directionCountsOf } from '../../../shared/domain/meetings/runModePatch'
import { needLabels, type Need } from '../../../shared/domain/record/needs'
import { personRoleLabels, type PersonRole } from '../../../shared/domain/record/people'
import { londonDay } from '../../../shared/domain/londonTime'
import { inGeneralTerms } from '../../../shared/domain/redaction'
import { casePlanInGeneralTerms } from './casePlanConsent'
import type { ActionItem, ActionTrackerDocData, AgendaItem, CasePerson, CasePlanDocData, MinutesDocData } from '../export/types'
import type { CaseAgencyView } from '../../../shared/domain/record/views'
import { formatDate } from '../export/format'
import type { Db } from '../db/connection'
import { listAgencies } from '../db/repos/agencies'
import { directionHistory } from '../db/repos/agendaItems'
import { listOpenActions } from '../db/repos/actions'
import { listAttendees } from '../db/repos/attendees'
import { agendaHouseholds, householdsOf, type HouseholdRow } from '../db/repos/meetingRead'
import { getMeeting, listAmendments } from '../db/repos/meetings'
import { consentHistory } from '../db/repos/consent'
import { listPeopleForCase, type PersonRow } from '../db/repos/people'
import { getUser } from '../db/repos/users'
import * as actions from './actions'
import * as appSettings from './appSettings'
import { today } from './caseRecord'
import * as casePlans from './casePlans'
import { caseDetail } from './caseViews'
import type { ServiceContext } from './context'
import { frozenMinutesData } from './frozenMinutes'
import { notFound } from './errors'
import { actionView, attendeeView, itemView, nextMeetingOf, readItems } from './meetingViews'
import { noConsentNaming, subjectInitials, type CaseRef } from './noConsentNaming'

/** Everyone in the household, with every identifier: the redaction rules need all of it to remove it. */
export function casePeople(db: Db, caseId: string): CasePerson[] {
  return listPeopleForCase(db, caseId).map((person) =>
    casePerson(person, (consentHistory(db, person.id)[0]?.status as ConsentStatus | undefined) ?? null),
  )
}

/** One member of a household as the exports take them, from a row already read (with their consent now). */
function casePerson(person: PersonRow, consent: ConsentStatus | null): CasePerson {
  return {
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
    consent: consent ?? 'not_asked',
  }
}

const householdOf = (rows: Map<string, HouseholdRow[]>, caseId: string): CasePerson[] =>
  (rows.get(caseId) ?? []).map((person) => casePerson(person, person.consent))

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
 * Everything the minutes say, read once from the repositories: the meeting,
 * attendance and amendments, then each kind of data for all the agenda's
 * items in one statement (repos/meetingRead.ts), households included.
 * Never the screen's read, and never a query per item.
 */
function minutesSource(ctx: ServiceContext, meetingId: string) {
  const row = getMeeting(ctx.db, meetingId)
  if (!row) throw notFound('The meeting')
  const escalationMeetings = appSettings.read(ctx).escalationMeetings
  const { rows, read } = readItems(ctx.db, row, null)
  const items = rows.map((item) => itemView(row, item, read, escalationMeetings))
  return {
    kind: row.kind,
    date: row.date,
    time: row.time,
    location: row.location,
    chairName: row.chair_name,
    status: row.status,
    approvedAt: row.approved_at,
    approvedByName: row.approved_by_name,
    minutesVersion: row.minutes_version,
    confidentialityStatement: row.confidentiality_statement,
    nextMeetingDate: row.next_meeting_date,
    nextMeeting: nextMeetingOf(ctx.db, row),
    attendees: listAttendees(ctx.db, meetingId).map(attendeeView),
    amendments: listAmendments(ctx.db, meetingId).map((amendment) => ({
      text: amendment.text,
      addedByName: amendment.added_by_name,
      addedAt: amendment.added_at,
    })),
    items,
    directionCounts: directionCountsOf(items),
    cases: read.cases,
    households: rows.length === 0 ? new Map<string, HouseholdRow[]>() : agendaHouseholds(ctx.db, { meetingId, itemId: null }),
  }
}

/**
 * `full` is the copy for meeting members: a case whose subject has not
 * consented is still named only by reference and initials, with no household
 * details (DOMAIN.md). `forRedaction` keeps every name so the redaction rules
 * can find and remove them wherever they were typed.
 */
export function minutesData(ctx: ServiceContext, meetingId: string, purpose: 'full' | 'forRedaction' = 'full'): MinutesDocData {
  // Approved minutes are exported exactly as they were approved.
  const frozen = frozenMinutesData(ctx.db, meetingId, purpose)
  if (frozen) return frozen
  const meeting = minutesSource(ctx, meetingId)
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
        const record = meeting.cases.get(item.caseId)
        const hideNames = purpose === 'full' && !hasConsentToShare(item.subjectConsent)
        const data: AgendaItem = {
          caseReference: item.reference,
          // displayName is "RT-2026-0007 (GO)" without consent: keep only the initials ('GP (subject)' if they read as an abbreviation).
          caseTitle: hideNames
            ? `(${subjectInitials({ reference: item.reference, displayName: item.displayName }, reserved)})`
            : (record?.title ?? ''),
          // inGeneralTerms drops the people again once it has scrubbed their names out of the text.
          people: householdOf(meeting.households, item.caseId),
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

export function casePlanData(ctx: ServiceContext, caseId: string): CasePlanDocData {
  const detail = caseDetail(ctx.db, caseId, today(ctx))
  if (!detail) throw notFound('The case')
  const plan = casePlans.get(ctx, caseId)
  const needIds = new Map(detail.needs.map((need, index) => [need, `N${index + 1}`]))
  const keyworker = detail.keyworkerId ? getUser(ctx.db, detail.keyworkerId) : undefined
  const currentAgencies = detail.agencies.filter((agency) => agency.endedOn === null)
  const actionNeeds = new Map(plan.actionNeeds.map((link) => [link.actionId, link.needs]))
  const labelsFor = (linked: readonly Need[]) => linked.map((need) => needIds.get(need)).filter((value): value is string => Boolean(value))
  const plain = {
    caseReference: detail.reference,
    caseTitle: detail.title,
    kind: detail.kind,
    members: detail.people.map((person) => ({
      name: [person.firstName, person.lastName].filter(Boolean).join(' '),
      relationship: person.relationship || personRoleLabels[person.role],
      age: person.age,
      consent: person.consent?.status ?? 'not_asked',
      consentDate: person.consent?.recordedOn ?? null,
      consentScope: person.consent?.scope || null,
    })),
    keyworker: {
      name: keyworker?.name ?? 'Not yet allocated',
      agency: keyworker?.agencyName ?? '',
      contactDetails: keyworkerContact(currentAgencies, keyworker),
    },
    agencies: currentAgencies.map((agency) => ({
      agency: agency.agencyName,
      contactName: agency.contactName,
      contactDetails: agency.contactDetails || null,
      involvement: involvementText(agency, keyworker),
    })),
    aspirations: nonBlankLines(detail.aspirations),
    strengths: nonBlankLines(detail.strengths),
    needs: detail.needs.map((need) => ({ id: needIds.get(need) ?? need, description: needLabels[need] })),
    riskLevel: detail.riskLevel,
    directionHistory: directionHistory(ctx.db, caseId),
    personViews: plan.personViews,
    dissentingViews: plan.dissentingViews,
    outcomes: plan.outcomes.map((outcome) => ({ description: outcome.description, needIds: labelsFor(outcome.needs) })),
    actions: actions
      .listForCase(ctx, caseId)
      .filter((action) => action.status === 'open')
      .map((action) => ({
        description: action.description,
        owner: action.ownerName,
        ownerAgency: action.ownerAgencyName,
        dueDate: action.dueDate,
        status: action.status,
        needIds: labelsFor(actionNeeds.get(action.id) ?? []),
      })),
    contingency: { ifThingsGetWorse: plan.contingency, contacts: plan.contingencyContacts },
    reviewDate: detail.nextReviewDate,
    stepDownCriteria: plan.stepDownCriteria,
    distribution: plan.distribution,
    signOff: plan.signOff,
    version: Math.max(plan.version, 1),
  } satisfies CasePlanDocData
  if (hasConsentToShare(detail.subjectConsent)) return plain
  return casePlanInGeneralTerms(
    plain,
    casePeople(ctx.db, caseId),
    listAgencies(ctx.db, true).map((agency) => agency.shortName),
  )
}

type KeyworkerUser = { name: string; agencyName: string } | undefined

/** The contact recorded for the keyworker's own agency among those involved now (the model holds no contact on the user). */
function keyworkerContact(currentAgencies: readonly CaseAgencyView[], keyworker: KeyworkerUser): string | null {
  if (!keyworker) return null
  const own = currentAgencies.filter((agency) => agency.agencyName === keyworker.agencyName && agency.contactDetails)
  const named = own.find((agency) => agency.contactName.trim().toLowerCase() === keyworker.name.trim().toLowerCase())
  return (named ?? own[0])?.contactDetails ?? null
}

/** 'Keyworker's agency; involved since 3 March 2026; named contact Tom Hargreaves'. */
function involvementText(agency: CaseAgencyView, keyworker: KeyworkerUser): string {
  return [
    keyworker && agency.agencyName === keyworker.agencyName ? "Keyworker's agency" : '',
    `Involved since ${formatDate(agency.since)}`,
    agency.contactName ? `named contact ${agency.contactName}` : 'no named contact yet',
  ]
    .filter(Boolean)
    .join('; ')
}

/**
 * Every open action, read in one statement, and the households of the cases
 * without consent (whose text is scrubbed) in one more: never a query per
 * action or per case.
 */
export function actionTrackerData(ctx: ServiceContext, groupBy: 'agency' | 'owner'): ActionTrackerDocData {
  const settings = appSettings.read(ctx)
  const day = today(ctx)
  const open = listOpenActions(ctx.db).map((row) => actionView(row, day, settings.escalationMeetings))
  const households = householdsOf(ctx.db, [
    ...new Set(open.filter((action) => !hasConsentToShare(action.subjectConsent)).map((action) => action.caseId)),
  ])
  const naming = noConsentNaming(ctx.db, (caseId) => householdOf(households, caseId))
  return {
    groupBy,
    today: day,
    actions: open.map((action) => {
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

export function actionCaseRef(action: ActionView): CaseRef {
  return {
    caseId: action.caseId,
    reference: action.caseReference,
    displayName: action.caseDisplayName,
    subjectConsent: action.subjectConsent,
  }
}
