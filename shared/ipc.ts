/**
 * The one contract between the renderer and the main process.
 *
 * Every call the renderer can make is named here with its input schema and
 * its result type. Main registers a handler for each entry (a missing one is
 * a compile error), the preload exposes exactly these channels, and the
 * renderer's client is typed from this object. Inputs are parsed with the
 * schema on the main side: the renderer is untrusted.
 */
import { z } from 'zod'
import type { Result } from './result'
import {
  agencyCreateInput,
  agencyListInput,
  agencyProfileInput,
  agencySetActiveInput,
  agencyUpdateInput,
  type Agency,
} from './domain/agencies'
import type { BackupInfo, BackupProgress, RestoreOutcome } from './domain/backup'
import { auditExportInput, auditListInput, type AuditPage } from './domain/audit'
import { eraseCaseInput, eraseOnRequestInput, retentionPolicyInput, type RetentionDueCase, type RetentionPolicy } from './domain/retention'
import { caseCreateInput, caseGetInput, type CaseSummary } from './domain/cases'
import { caseAgencyEndInput, caseAgencyInput, caseSearchInput, caseUpdateInput, nonEngagementInput } from './domain/record/caseEdits'
import { consentInput } from './domain/record/consent'
import { demandInput } from './domain/record/demand'
import { unitCostInput, unitCostKindInput, type UnitCostView } from './domain/outcomes/unitCosts'
import { boardReportExportInput, reportCsvExportInput, reportFilters, type Report } from './domain/outcomes/report'
import { caseDemandInput, type CaseDemandReport } from './domain/outcomes/caseDemand'
import {
  cohortAddByFilterInput,
  cohortCaseInput,
  cohortCreateInput,
  cohortForCaseInput,
  cohortListInput,
  cohortRenameInput,
  cohortSetActiveInput,
  type CaseCohortView,
  type CohortAddResult,
  type CohortView,
} from './domain/outcomes/cohorts'
import { caseTransitionInput } from './domain/record/lifecycle'
import { personInput } from './domain/record/people'
import { retriageInput, triageInput, triageRepeatCheckInput, triageUndoInput } from './domain/record/triage'
import {
  triageSourceCreateInput,
  triageSourceListInput,
  triageSourceRenameInput,
  triageSourceSetActiveInput,
  type TriageSourceView,
} from './domain/record/triageSources'
import type {
  CaseDetail,
  CaseSearchResult,
  ConsentView,
  DemandEventView,
  PersonView,
  RepeatCheck,
  TimelineEntry,
  TriageEntryView,
} from './domain/record/views'
import { id } from './domain/common'
import type { DemoStatus } from './domain/demo'
import { appSettingsInput, logoInput, type AppSettings } from './domain/appSettings'
import { casePlanInput, type CasePlan } from './domain/casePlan'
import {
  actionTrackerExportInput,
  casePlanExportInput,
  csvExportInput,
  minutesExportInput,
  redactionReviewInput,
  type ExportRegisterEntry,
  type ExportResult,
} from './domain/exports'
import type { RedactionReview } from './domain/redaction/review'
import {
  actionUpdateAtMeetingInput,
  agendaAddInput,
  agendaItemRecordInput,
  agendaMoveInput,
  agendaRemoveInput,
  agreeConfidentialityInput,
  amendmentInput,
  attendanceInput,
  attendeesPresentInput,
  attendeeAddInput,
  currentItemInput,
  finishMeetingInput,
  meetingCreateInput,
  meetingIdInput,
  newActionAtMeetingInput,
} from './domain/meetings/meetings'
import { bulkActionUpdateInput } from './domain/meetings/actions'
import type { ActionView, AgendaItemView, AttendeeView, DirectionPoint, MeetingDetail } from './domain/meetings/views'
import { changeCredentialInput, firstRunInput, signInInput, type SessionState, type SignInChoice } from './domain/session'
import {
  actionPageInput,
  casePageInput,
  meetingPageInput,
  triagePageInput,
  type ActionPage,
  type CasePage,
  type MeetingPage,
  type TableFilterOptions,
  type TriagePage,
} from './domain/tablePages'
import { userCreateInput, userSetCredentialInput, userUpdateInput, type User } from './domain/users'
import type { DataChanged, RestoreProgress } from './events'
import type { Dashboard } from './domain/dashboard'

/** A channel: its input schema, and (at the type level only) its output. */
export interface ChannelSpec<I extends z.ZodType, O> {
  readonly input: I
  /** Phantom: carries the output type; never read at run time. */
  readonly output?: (value: O) => O
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input })
}

const none = z.object({}).strict().default({})

export const contract = {
  'session:get': channel<SessionState>()(none),
  'session:setUp': channel<SessionState>()(firstRunInput),
  'session:signIn': channel<SessionState>()(signInInput),
  'session:lock': channel<SessionState>()(none),
  'session:users': channel<SignInChoice[]>()(none),
  'session:changeCredential': channel<null>()(changeCredentialInput),
  'session:active': channel<null>()(none),

  'agencies:list': channel<Agency[]>()(agencyListInput),
  'agencies:create': channel<Agency>()(agencyCreateInput),
  'agencies:update': channel<Agency>()(agencyUpdateInput),
  'agencies:setActive': channel<Agency>()(agencySetActiveInput),
  'agencies:setProfile': channel<Agency>()(agencyProfileInput),

  'users:list': channel<User[]>()(none),
  'users:create': channel<User>()(userCreateInput),
  'users:update': channel<User>()(userUpdateInput),
  'users:setCredential': channel<null>()(userSetCredentialInput),

  'backup:list': channel<BackupInfo[]>()(none),
  'backup:status': channel<BackupProgress>()(none),
  'backup:now': channel<BackupInfo>()(none),
  'backup:restore': channel<RestoreOutcome>()(z.object({ fileName: z.string().max(200) })),

  'audit:list': channel<AuditPage>()(auditListInput),
  'audit:export': channel<ExportResult>()(auditExportInput),
  'retention:getPolicy': channel<RetentionPolicy>()(none),
  'retention:savePolicy': channel<RetentionPolicy>()(retentionPolicyInput),
  'retention:due': channel<RetentionDueCase[]>()(none),
  'retention:erase': channel<{ reference: string }>()(eraseCaseInput),
  /** Before the end of retention, at the data subject's request (UK GDPR Art. 17). */
  'retention:eraseOnRequest': channel<{ reference: string }>()(eraseOnRequestInput),

  'cases:list': channel<CaseSummary[]>()(none),
  'cases:page': channel<CasePage>()(casePageInput),
  'cases:get': channel<CaseDetail>()(caseGetInput),
  'cases:create': channel<CaseSummary>()(caseCreateInput),
  'cases:update': channel<CaseDetail>()(caseUpdateInput),
  'cases:changeStatus': channel<CaseDetail>()(caseTransitionInput),
  'cases:flagNonEngagement': channel<CaseDetail>()(nonEngagementInput),
  'cases:timeline': channel<TimelineEntry[]>()(caseGetInput),
  'cases:search': channel<CaseSearchResult[]>()(caseSearchInput),

  'people:add': channel<PersonView>()(z.object({ caseId: id, person: personInput })),
  'people:update': channel<PersonView>()(z.object({ personId: id, person: personInput })),
  'consent:record': channel<ConsentView>()(consentInput),
  'consent:history': channel<ConsentView[]>()(z.object({ personId: id })),

  'caseAgencies:add': channel<CaseDetail>()(caseAgencyInput),
  'caseAgencies:end': channel<CaseDetail>()(caseAgencyEndInput),

  'triage:list': channel<TriageEntryView[]>()(none),
  'triage:page': channel<TriagePage>()(triagePageInput),
  'triage:create': channel<TriageEntryView>()(triageInput),
  'triage:retriage': channel<TriageEntryView>()(retriageInput),
  'triage:checkRepeat': channel<RepeatCheck>()(triageRepeatCheckInput),
  'triage:undo': channel<{ caseId: string; caseRemoved: boolean }>()(triageUndoInput),
  'triageSources:list': channel<TriageSourceView[]>()(triageSourceListInput),
  'triageSources:create': channel<TriageSourceView>()(triageSourceCreateInput),
  'triageSources:rename': channel<TriageSourceView>()(triageSourceRenameInput),
  'triageSources:setActive': channel<TriageSourceView>()(triageSourceSetActiveInput),

  'settings:get': channel<AppSettings>()(none),
  'settings:save': channel<AppSettings>()(appSettingsInput),
  'settings:saveLogo': channel<{ hasLogo: boolean }>()(logoInput),
  'settings:hasLogo': channel<{ hasLogo: boolean }>()(none),

  'meetings:page': channel<MeetingPage>()(meetingPageInput),
  'dashboard:get': channel<Dashboard>()(none),
  'meetings:get': channel<MeetingDetail>()(meetingIdInput),
  'meetings:create': channel<MeetingDetail>()(meetingCreateInput),
  'meetings:createNext': channel<MeetingDetail>()(meetingIdInput),
  'meetings:start': channel<MeetingDetail>()(meetingIdInput),
  'meetings:setCurrentItem': channel<null>()(currentItemInput),
  'meetings:finish': channel<MeetingDetail>()(finishMeetingInput),
  'meetings:approve': channel<MeetingDetail>()(meetingIdInput),
  'meetings:amend': channel<MeetingDetail>()(amendmentInput),
  'meetings:refreshAgenda': channel<MeetingDetail>()(meetingIdInput),
  'agenda:add': channel<MeetingDetail>()(agendaAddInput),
  'agenda:remove': channel<MeetingDetail>()(agendaRemoveInput),
  'agenda:move': channel<MeetingDetail>()(agendaMoveInput),
  'agenda:record': channel<AgendaItemView>()(agendaItemRecordInput),
  'attendance:add': channel<MeetingDetail>()(attendeeAddInput),
  'attendance:remove': channel<MeetingDetail>()(z.object({ attendeeId: id })),
  'attendance:mark': channel<AttendeeView>()(attendanceInput),
  'attendance:agree': channel<AttendeeView>()(agreeConfidentialityInput),
  'attendance:addPresent': channel<MeetingDetail>()(attendeesPresentInput),

  'actions:list': channel<ActionView[]>()(none),
  'actions:page': channel<ActionPage>()(actionPageInput),
  'tables:filterOptions': channel<TableFilterOptions>()(none),
  'actions:listForCase': channel<ActionView[]>()(caseGetInput),
  'actions:raise': channel<AgendaItemView>()(newActionAtMeetingInput),
  'actions:withdraw': channel<AgendaItemView>()(z.object({ actionId: id })),
  'actions:updateAtMeeting': channel<AgendaItemView>()(actionUpdateAtMeetingInput),
  'actions:bulkUpdate': channel<ActionView[]>()(bulkActionUpdateInput),
  'cases:directionHistory': channel<DirectionPoint[]>()(caseGetInput),

  'casePlans:get': channel<CasePlan>()(caseGetInput),
  'casePlans:save': channel<CasePlan>()(casePlanInput),
  'exports:minutes': channel<ExportResult>()(minutesExportInput),
  'exports:casePlan': channel<ExportResult>()(casePlanExportInput),
  'exports:actionTracker': channel<ExportResult>()(actionTrackerExportInput),
  'exports:csv': channel<ExportResult>()(csvExportInput),
  'exports:register': channel<ExportRegisterEntry[]>()(none),
  'exports:redactionReview': channel<RedactionReview>()(redactionReviewInput),

  'demand:list': channel<DemandEventView[]>()(caseGetInput),
  'demand:add': channel<DemandEventView[]>()(demandInput),

  'unitCosts:list': channel<UnitCostView[]>()(none),
  'unitCosts:save': channel<UnitCostView[]>()(unitCostInput),
  'unitCosts:remove': channel<UnitCostView[]>()(unitCostKindInput),
  'reports:build': channel<Report>()(reportFilters),
  'reports:forCase': channel<CaseDemandReport>()(caseDemandInput),
  'exports:boardReport': channel<ExportResult>()(boardReportExportInput),
  'exports:reportCsv': channel<ExportResult>()(reportCsvExportInput),

  'cohorts:list': channel<CohortView[]>()(cohortListInput),
  'cohorts:create': channel<CohortView>()(cohortCreateInput),
  'cohorts:rename': channel<CohortView>()(cohortRenameInput),
  'cohorts:setActive': channel<CohortView>()(cohortSetActiveInput),
  'cohorts:addCase': channel<CaseCohortView[]>()(cohortCaseInput),
  'cohorts:removeCase': channel<CaseCohortView[]>()(cohortCaseInput),
  'cohorts:addByFilter': channel<CohortAddResult>()(cohortAddByFilterInput),
  'cohorts:forCase': channel<CaseCohortView[]>()(cohortForCaseInput),

  'demo:get': channel<DemoStatus>()(none),
} as const

export type Contract = typeof contract
export type Channel = keyof Contract

/** What the renderer sends (defaults not yet applied). */
export type InputOf<K extends Channel> = z.input<Contract[K]['input']>
/** What a handler receives, after parsing. */
export type ParsedInputOf<K extends Channel> = z.output<Contract[K]['input']>
export type OutputOf<K extends Channel> = Contract[K] extends ChannelSpec<z.ZodType, infer O> ? O : never

/** The renderer's API: one async function per channel, derived, never hand-written. */
export type RoundtableApi = {
  [K in Channel]: (input: InputOf<K>) => Promise<Result<OutputOf<K>>>
}

/** The push side of the contract: what another window or tab changed. Returns the unsubscribe. */
export interface RoundtableEvents {
  onDataChanged(listener: (event: DataChanged) => void): () => void
  /** A restore this window asked for, step by step while it runs. */
  onRestoreProgress(listener: (event: RestoreProgress) => void): () => void
}

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
