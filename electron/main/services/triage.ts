import type { z } from 'zod'
import { parseCaseReference } from '../../../shared/domain/cases'
import { defaultCaseTitle } from '../../../shared/domain/record/people'
import { canMatchSamePerson, isSamePerson } from '../../../shared/domain/record/matching'
import { escalationDue, isRepeat, policeIncidentsInYear, repeatWindowStart } from '../../../shared/domain/record/repeats'
import {
  canStillUndo,
  TRIAGE_UNDO_SECONDS,
  type ParsedTriageInput,
  type retriageInput,
  type triageRepeatCheckInput,
  type triageUndoInput,
} from '../../../shared/domain/record/triage'
import { POLICE_SOURCE } from '../../../shared/domain/record/triageSources'
import type { RepeatCheck, TriageEntryView } from '../../../shared/domain/record/views'
import { getCaseRow, updateCaseFromTriage } from '../db/repos/cases'
import { listDemandForCase } from '../db/repos/demand'
import { getPerson, peopleBornOn } from '../db/repos/people'
import { meetingsForCase } from '../db/repos/agendaItems'
import { getTriage, insertTriage, listTriage, triageReceivedBetween, type TriageRow } from '../db/repos/triage'
import {
  deleteOpenedCase,
  deleteTriage,
  deleteCaseChange,
  getUndoRecord,
  insertUndoRecord,
  pruneUndoRecords,
  lastCaseNumber,
  laterTriageOnCase,
  otherRecordsOnCase,
  restoreCaseAssessment,
} from '../db/repos/triageUndo'
import { getUser } from '../db/repos/users'
import { recordChange } from './caseRecord'
import { isoNow, newId, requireActor, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { openCase } from './openCase'
import { write } from './write'
import * as people from './people'
import { londonDay } from '../../../shared/domain/londonTime'
import { requireUsableSource } from './triageSources'
import { triageView } from './triageViews'

/** Field errors of a part of the contact (the new case, the new person) belong to those fields of the triage form. */
function withFieldsUnder<T>(prefix: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof DomainError && error.fields) {
      const fields = Object.fromEntries(Object.entries(error.fields).map(([key, message]) => [`${prefix}.${key}`, message]))
      throw new DomainError(error.code, error.message, fields)
    }
    throw error
  }
}

/** Earlier contacts for the case in the 12 months before this one. */
function previousContacts(ctx: ServiceContext, caseId: string, receivedAt: string) {
  return triageReceivedBetween(ctx.db, caseId, repeatWindowStart(receivedAt), receivedAt).filter((row) => row.supersedes_id === null)
}

/** Meetings at which the case was discussed in the 12 months before this contact. */
function discussedBefore(ctx: ServiceContext, caseId: string, receivedAt: string): string[] {
  // Meetings are dated on London days: compare with the London day of the contact, not its UTC date.
  const start = londonDay(repeatWindowStart(receivedAt))
  const day = londonDay(receivedAt)
  return meetingsForCase(ctx.db, caseId)
    .map((meeting) => meeting.date)
    .filter((date) => date >= start && date < day)
}

/**
 * Triaged or discussed in the last 12 months: a repeat. Several cases are
 * looked at when the same person is also on another case (a new case opened
 * for someone already known is still a repeat).
 */
function repeatFor(ctx: ServiceContext, caseIds: readonly string[], receivedAt: string) {
  const previous = caseIds.flatMap((caseId) => previousContacts(ctx, caseId, receivedAt))
  const discussedOn = [...new Set(caseIds.flatMap((caseId) => discussedBefore(ctx, caseId, receivedAt)))].sort()
  const dates = [...previous.map((row) => row.received_at), ...discussedOn.map((date) => `${date}T00:00:00.000Z`)]
  return { isRepeat: isRepeat(dates, receivedAt), previous, discussedOn }
}

/**
 * Police incidents in the 12 months to this contact: demand recorded on the
 * case, earlier contacts triaged from the police, and this contact when it
 * comes from the police too.
 */
function policeIncidentsFor(ctx: ServiceContext, caseId: string, receivedAt: string, source: string | undefined) {
  const demand = listDemandForCase(ctx.db, caseId)
    .filter((event) => event.kind === 'police_incident')
    .map((event) => ({ periodStart: event.period_start, periodEnd: event.period_end, count: event.count }))
  const contacts = previousContacts(ctx, caseId, receivedAt)
    .filter((row) => row.source === POLICE_SOURCE)
    .map((row) => row.received_at)
  if (source === POLICE_SOURCE) contacts.push(receivedAt)
  return { due: escalationDue(demand, contacts, receivedAt), count: policeIncidentsInYear(demand, contacts, receivedAt) }
}

/** Other cases holding someone with the same name and date of birth. */
function samePersonCases(ctx: ServiceContext, person: { firstName: string; lastName: string; dateOfBirth: string | null }): string[] {
  const identity = { name: `${person.firstName} ${person.lastName}`, dateOfBirth: person.dateOfBirth }
  if (!identity.dateOfBirth || !canMatchSamePerson(identity)) return []
  return [
    ...new Set(
      peopleBornOn(ctx.db, identity.dateOfBirth)
        .filter((row) => isSamePerson(identity, { name: `${row.first_name} ${row.last_name}`, dateOfBirth: row.date_of_birth }))
        .map((row) => row.case_id),
    ),
  ]
}

export function checkRepeat(ctx: ServiceContext, input: z.output<typeof triageRepeatCheckInput>): RepeatCheck {
  requireActor(ctx)
  if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
  const found = repeatFor(ctx, [input.caseId], input.receivedAt)
  const police = policeIncidentsFor(ctx, input.caseId, input.receivedAt, input.source)
  return {
    isRepeat: found.isRepeat,
    escalationDue: police.due,
    policeIncidents: police.count,
    previous: found.previous.map(triageView),
    discussedOn: found.discussedOn,
  }
}

/**
 * Logs a contact or referral in one transaction: opens a case for a new
 * person, or links to an existing one; flags a repeat; brings the case's
 * risk and triage category up to date.
 */
export function create(ctx: ServiceContext, input: ParsedTriageInput): TriageEntryView {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'case' }, (scope) => {
    const { actor, at, audit, changed } = scope
    requireUsableSource(ctx, input.source)
    const decider = getUser(ctx.db, input.decidedByUserId)
    if (!decider?.active) throw fieldError('decidedByUserId', 'Choose an active user')
    if (input.receivedAt > isoNow(ctx)) throw fieldError('receivedAt', 'The contact cannot have been received in the future')

    let caseId: string
    let personId: string | null = null
    let alsoKnownOn: string[] = []
    if (input.subject.mode === 'existing') {
      const existing = getCaseRow(ctx.db, input.subject.caseId)
      if (!existing) throw fieldError('subject.caseId', 'That case was not found')
      caseId = existing.id
      if (input.subject.personId) {
        const person = getPerson(ctx.db, input.subject.personId)
        if (!person || person.case_id !== caseId) throw fieldError('subject.personId', 'That person is not part of this case')
        personId = person.id
      }
    } else {
      const subject = input.subject
      const person = { ...subject.person, role: 'subject' as const }
      alsoKnownOn = samePersonCases(ctx, person)
      caseId = withFieldsUnder('subject', () =>
        openCase(ctx, scope, {
          kind: subject.kind,
          title: subject.title || defaultCaseTitle(subject.kind, person),
          status: 'triage',
          keyworkerId: null,
          leadAgencyId: subject.leadAgencyId ?? decider.agencyId,
          riskLevel: input.riskLevel,
          nextReviewDate: null,
          summary: input.summary,
          from: 'triage',
        }),
      ).id
      const newCaseId = caseId
      personId = withFieldsUnder('subject.person', () => people.insert(ctx, newCaseId, person, audit)).id
    }

    const before = getCaseRow(ctx.db, caseId)
    if (!before) throw notFound('The case')
    const repeat = repeatFor(ctx, [caseId, ...alsoKnownOn], input.receivedAt).isRepeat
    const id = newId()
    const row: TriageRow = {
      id,
      case_id: caseId,
      person_id: personId,
      received_at: input.receivedAt,
      source: input.source,
      source_reference: input.sourceReference,
      summary: input.summary,
      risk_level: input.riskLevel,
      risk_factors: JSON.stringify(input.riskFactors),
      decision_category: input.decisionCategory,
      // The practitioner's ticks are the record (shared/domain/record/triage: meetingReasons).
      meeting_reasons: JSON.stringify(input.meetingReasons),
      decision_notes: input.decisionNotes,
      decided_by: decider.id,
      bring_to_next_meeting: input.bringToNextMeeting ? 1 : 0,
      is_repeat: repeat ? 1 : 0,
      supersedes_id: null,
      created_by: actor,
      created_at: at,
      updated_at: at,
    }
    insertTriage(ctx.db, row)
    const riskChangeId = applyAssessment(
      ctx,
      caseId,
      input.subject.mode === 'new' ? null : before.risk_level,
      input.riskLevel,
      input.decisionCategory,
      input.bringToNextMeeting,
      actor,
      at,
    )
    // What the case looked like before, so a contact saved by mistake can be undone exactly (ids and codes only).
    pruneUndoRecords(ctx.db, new Date(ctx.now().getTime() - TRIAGE_UNDO_SECONDS * 1000).toISOString())
    insertUndoRecord(
      ctx.db,
      id,
      input.subject.mode === 'new'
        ? { openedCase: true, riskChangeId: null }
        : {
            openedCase: false,
            before: { riskLevel: before.risk_level, triageCategory: before.triage_category, bring: before.bring_to_next_meeting },
            riskChangeId,
          },
      at,
    )
    audit({ entity: 'triage', entityId: id, detail: { caseId } })
    changed({ kind: 'case', id: caseId }, { kind: 'triage' })
    return savedEntry(ctx, id)
  })
}

/**
 * Takes back a contact just saved by mistake: the entry goes, the case's
 * risk and triage decision are put back, and a case the contact opened is
 * removed with its reference number given back. Only for its author, only
 * for a short while, and only while nothing else has been recorded since;
 * otherwise re-triage is the way to correct it.
 */
export function undo(ctx: ServiceContext, input: z.output<typeof triageUndoInput>): { caseId: string; caseRemoved: boolean } {
  return write(ctx, { access: 'writeCases', action: 'undo', entity: 'case' }, ({ actor, at, audit, changed }) => {
    const row = getTriage(ctx.db, input.entryId)
    if (!row) throw notFound('The triage entry')
    if (row.created_by !== actor) throw new DomainError('forbidden', 'Only the person who logged this contact can undo it.')
    const tooLate = new DomainError('conflict', 'It is too late to undo this contact: re-triage it instead.')
    if (!canStillUndo(row.created_at, ctx.now()) || row.supersedes_id !== null) throw tooLate
    if (row.superseded_by_id || laterTriageOnCase(ctx.db, row.case_id, row.created_at, row.id) > 0)
      throw new DomainError('conflict', 'This case has a later assessment: re-triage instead of undoing.')
    const record = getUndoRecord(ctx.db, row.id)
    // A contact saved before undo kept its own record has none, and is past undoing anyway.
    if (!record) throw tooLate
    let caseRemoved = false
    if (record.openedCase) {
      const reference = parseCaseReference(row.case_reference)
      const addedTo = otherRecordsOnCase(ctx.db, row.case_id, row.id, row.person_id) > 0
      if (addedTo || !reference || lastCaseNumber(ctx.db, reference.year) !== reference.sequence)
        throw new DomainError('conflict', 'The new case has been added to since: re-triage instead of undoing.')
      deleteTriage(ctx.db, row.id)
      deleteOpenedCase(ctx.db, row.case_id, row.person_id, reference.year)
      audit({ entityId: row.case_id })
      caseRemoved = true
    } else {
      deleteTriage(ctx.db, row.id)
      if (record.riskChangeId) deleteCaseChange(ctx.db, record.riskChangeId)
      restoreCaseAssessment(ctx.db, {
        id: row.case_id,
        risk_level: record.before.riskLevel,
        triage_category: record.before.triageCategory,
        bring_to_next_meeting: record.before.bring,
        updated_at: at,
      })
    }
    audit({ entity: 'triage', entityId: row.id, detail: { caseId: row.case_id } })
    changed({ kind: 'case', id: row.case_id }, { kind: 'triage' })
    return { caseId: row.case_id, caseRemoved }
  })
}

function applyAssessment(
  ctx: ServiceContext,
  caseId: string,
  riskBefore: string | null,
  riskAfter: ParsedTriageInput['riskLevel'],
  category: ParsedTriageInput['decisionCategory'],
  bring: boolean,
  actor: string,
  at: string,
): string | null {
  updateCaseFromTriage(ctx.db, { id: caseId, risk_level: riskAfter, triage_category: category, bring, updated_at: at })
  if (riskBefore === null || riskBefore === riskAfter) return null
  return recordChange(ctx.db, { caseId, at, actorId: actor, kind: 'risk', from: riskBefore, to: riskAfter, note: 'Triage' })
}

/** Circumstances changed: a new assessment of the same contact. The earlier one stays in the history. */
export function retriage(ctx: ServiceContext, input: z.output<typeof retriageInput>): TriageEntryView {
  return write(ctx, { access: 'writeCases', action: 'retriage', entity: 'triage' }, ({ actor, at, audit, changed }) => {
    const original = getTriage(ctx.db, input.entryId)
    if (!original) throw notFound('The triage entry')
    if (original.superseded_by_id)
      throw new DomainError('conflict', 'This assessment has already been replaced by a later one. Re-triage the latest instead.')
    const decider = getUser(ctx.db, input.decidedByUserId)
    if (!decider?.active) throw fieldError('decidedByUserId', 'Choose an active user')
    const before = getCaseRow(ctx.db, original.case_id)
    const id = newId()
    insertTriage(ctx.db, {
      id,
      case_id: original.case_id,
      person_id: original.person_id,
      received_at: original.received_at,
      source: original.source,
      source_reference: original.source_reference,
      summary: original.summary,
      is_repeat: original.is_repeat,
      risk_level: input.riskLevel,
      risk_factors: JSON.stringify(input.riskFactors),
      decision_category: input.decisionCategory,
      meeting_reasons: JSON.stringify(input.meetingReasons),
      decision_notes: input.decisionNotes,
      decided_by: decider.id,
      bring_to_next_meeting: input.bringToNextMeeting ? 1 : 0,
      supersedes_id: original.id,
      created_by: actor,
      created_at: at,
      updated_at: at,
    })
    applyAssessment(
      ctx,
      original.case_id,
      before?.risk_level ?? null,
      input.riskLevel,
      input.decisionCategory,
      input.bringToNextMeeting,
      actor,
      at,
    )
    audit({ entityId: id, detail: { supersedes: original.id } })
    changed({ kind: 'case', id: original.case_id }, { kind: 'triage' })
    return savedEntry(ctx, id)
  })
}

function savedEntry(ctx: ServiceContext, id: string): TriageEntryView {
  const row = getTriage(ctx.db, id)
  if (!row) throw new Error('Triage entry missing after insert')
  return triageView(row)
}

export function list(ctx: ServiceContext): TriageEntryView[] {
  requireActor(ctx)
  return listTriage(ctx.db).map(triageView)
}
