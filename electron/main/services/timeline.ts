import { caseStatusLabels, type CaseStatus } from '../../../shared/domain/cases'
import { consentStatusLabels, lawfulBasisLabels, type ConsentStatus, type LawfulBasis } from '../../../shared/domain/record/consent'
import { decisionCategoryLabels } from '../../../shared/domain/record/triage'
import type { TimelineEntry } from '../../../shared/domain/record/views'
import { directionLabels } from '../../../shared/domain/meetings/direction'
import { londonToInstant } from '../../../shared/domain/londonTime'
import { meetingKindLabels } from '../../../shared/domain/meetings/meetings'
import { riskLabels, type RiskLevel } from '../../../shared/domain/risk'
import { listActionsForCase } from '../db/repos/actions'
import { meetingsForCase } from '../db/repos/agendaItems'
import { listCaseChanges } from '../db/repos/caseChanges'
import { getCaseRow } from '../db/repos/cases'
import { consentHistoryForCase } from '../db/repos/consent'
import { listTriageForCase } from '../db/repos/triage'
import { requireActor, type ServiceContext } from './context'
import { notFound } from './errors'
import { triageView } from './triageViews'

const statusLabel = (value: string | null) => (value && value in caseStatusLabels ? caseStatusLabels[value as CaseStatus] : (value ?? '—'))
const riskLabel = (value: string | null) => (value && value in riskLabels ? riskLabels[value as RiskLevel] : (value ?? '—'))

/** A date-only event (a consent date, a completion date) sorts after that day's timed events: it happened some time that day. */
const endOfDay = (date: string) => londonToInstant(date, '23:59')

/**
 * One chronological story of the case, newest first: triage, status, risk, keyworker, consent, meetings, actions.
 * Each event is placed at when it happened, not when it was typed in: a hub weekend entered on Monday still
 * reads contact, case opened, meeting, in that order. When it was recorded is kept beside it.
 */
export function forCase(ctx: ServiceContext, caseId: string): TimelineEntry[] {
  requireActor(ctx)
  const record = getCaseRow(ctx.db, caseId)
  if (!record) throw notFound('The case')
  const triage = listTriageForCase(ctx.db, caseId).map(triageView)
  // A case opened by a contact opened when that contact came in, even if it was logged later.
  const firstContact = triage
    .filter((entry) => !entry.supersedesId)
    .reduce<string | null>((first, entry) => (first === null || entry.receivedAt < first ? entry.receivedAt : first), null)
  const openedAt = firstContact !== null && firstContact < record.created_at ? firstContact : record.created_at
  const entries: TimelineEntry[] = [
    {
      id: `created-${caseId}`,
      at: openedAt,
      dateOnly: false,
      recordedAt: record.created_at,
      kind: 'created',
      title: `Case ${record.reference} opened`,
      detail: '',
      by: null,
    },
  ]

  for (const entry of triage) {
    entries.push({
      id: entry.id,
      at: entry.supersedesId ? entry.createdAt : entry.receivedAt,
      dateOnly: false,
      recordedAt: entry.createdAt,
      kind: 'triage',
      title: `${entry.supersedesId ? 'Re-triage' : 'Triage'}: ${entry.sourceLabel}, ${riskLabels[entry.riskLevel]} risk, ${decisionCategoryLabels[entry.decisionCategory]}${entry.isRepeat ? ' (repeat within 12 months)' : ''}`,
      detail: entry.supersedesId ? entry.decisionNotes : entry.summary,
      by: entry.decidedByName,
    })
  }
  for (const change of listCaseChanges(ctx.db, caseId)) {
    const title =
      change.kind === 'status'
        ? `Status: ${statusLabel(change.from_value)} → ${statusLabel(change.to_value)}`
        : change.kind === 'risk'
          ? `Risk: ${riskLabel(change.from_value)} → ${riskLabel(change.to_value)}`
          : change.kind === 'keyworker'
            ? `Keyworker: ${change.from_value ?? 'none'} → ${change.to_value ?? 'none'}`
            : change.to_value === 'flagged'
              ? 'Non-engagement flagged'
              : 'Non-engagement flag cleared'
    entries.push({
      id: change.id,
      at: change.at,
      dateOnly: false,
      recordedAt: change.at,
      kind: change.kind,
      title,
      detail: change.note,
      by: change.actor_name,
    })
  }
  for (const consent of consentHistoryForCase(ctx.db, caseId)) {
    entries.push({
      id: consent.id,
      // The date consent was given, refused or withdrawn, when it was entered.
      at: consent.recorded_on ? endOfDay(consent.recorded_on) : consent.created_at,
      dateOnly: consent.recorded_on !== null,
      recordedAt: consent.created_at,
      kind: 'consent',
      title: `Consent to share: ${consentStatusLabels[consent.status as ConsentStatus]} (${[consent.person_first_name, consent.person_last_name].filter(Boolean).join(' ')})`,
      detail: [consent.scope, lawfulBasisLabels[consent.lawful_basis as LawfulBasis]].filter(Boolean).join(' · '),
      by: consent.recorded_by_name,
    })
  }
  for (const discussed of meetingsForCase(ctx.db, caseId)) {
    entries.push({
      id: `meeting-${discussed.item_id}`,
      // Meetings are held at a London date and time; the timeline orders instants (BST is an hour ahead of UTC).
      at: londonToInstant(discussed.date, discussed.time),
      dateOnly: false,
      recordedAt: discussed.recorded_at,
      kind: 'meeting',
      title: `Discussed at ${meetingKindLabels[discussed.kind].toLowerCase()}${discussed.direction ? `: ${directionLabels[discussed.direction]}` : ''}${discussed.risk_after ? `, risk ${riskLabel(discussed.risk_after)}` : ''}`,
      detail: discussed.direction_reason,
      by: discussed.chair_name,
    })
  }
  for (const action of listActionsForCase(ctx.db, caseId)) {
    // Agreed at the meeting that raised it (when there was one); done on its completion date.
    const agreedAt = action.raised_on && action.raised_time ? londonToInstant(action.raised_on, action.raised_time) : action.created_at
    entries.push({
      id: `action-${action.id}`,
      at: agreedAt,
      dateOnly: false,
      recordedAt: action.created_at,
      kind: 'action',
      title: `Action agreed: ${action.description} (${action.owner_name}, ${action.owner_agency_name})`,
      detail: '',
      by: null,
    })
    if (action.status !== 'open') {
      const closedAt = action.completed_on ? endOfDay(action.completed_on) : action.updated_at
      entries.push({
        id: `action-closed-${action.id}`,
        at: closedAt,
        dateOnly: action.completed_on !== null,
        recordedAt: action.updated_at,
        kind: 'action',
        title: `Action ${action.status}: ${action.description}`,
        detail: action.status_note,
        by: null,
      })
    }
  }
  // Newest first; equal times keep the order they were recorded in.
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at === b.entry.at ? b.index - a.index : a.entry.at < b.entry.at ? 1 : -1))
    .map(({ entry }) => entry)
}
