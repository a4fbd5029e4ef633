import { z } from 'zod'
import { caseStatuses, type CaseSummary } from './cases'
import { id, isoDate } from './common'
import { actionStatuses } from './meetings/actions'
import { meetingKinds, meetingStatuses } from './meetings/meetings'
import type { ActionView, MeetingSummary } from './meetings/views'
import { decisionCategories } from './record/triage'
import type { TriageEntryView } from './record/views'
import { riskLevels } from './risk'

/**
 * The Cases, Triage log and Actions tables, answered by the database a page
 * at a time (issue 11): a window of rows (offset and limit), one sort with
 * its direction, the filters each screen offers, and free text. The output
 * is the rows of the window and the total that match, so the screen knows
 * the row count up front and End still reaches the last row.
 */

/** The most rows one call returns: a screen asks for windows as the user scrolls. */
export const MAX_PAGE_ROWS = 200
export const DEFAULT_PAGE_ROWS = 100

export const sortDirections = ['asc', 'desc'] as const
export type SortDirection = (typeof sortDirections)[number]

const nullable = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? null : value), schema.nullable()).default(null)
const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  nullable(z.enum(values, { error: `Choose a ${what} from the list` }))

const window = {
  offset: z
    .number({ error: 'The first row must be a number' })
    .int('The first row must be a whole number')
    .min(0, 'The first row cannot be negative')
    .max(10_000_000, 'The first row is past any table')
    .default(0),
  limit: z
    .number({ error: 'The number of rows must be a number' })
    .int('The number of rows must be a whole number')
    .min(1, 'Ask for at least one row')
    .max(MAX_PAGE_ROWS, `Ask for at most ${MAX_PAGE_ROWS} rows at a time`)
    .default(DEFAULT_PAGE_ROWS),
  /** Names, references, NHS number (ten digits, spaces allowed) and the other text a table's search looks through. */
  search: z.string().trim().max(200, 'Keep the search to 200 characters').default(''),
}
const sortOf = <T extends readonly [string, ...string[]]>(keys: T, by: T[number], direction: SortDirection) =>
  z
    .object({
      by: z.enum(keys, { error: 'Not a column this table sorts by' }),
      direction: z.enum(sortDirections, { error: 'Sort ascending or descending' }),
    })
    .strict()
    .prefault({ by, direction })

/** Consent as the tables show it: given, or "No consent to share" (anything else). */
export const consentFilters = ['given', 'not_given'] as const
const neighbourhood = nullable(z.string().trim().max(120))

export const caseSortKeys = [
  'reference',
  'title',
  'status',
  'riskLevel',
  'triageCategory',
  'keyworker',
  'leadAgency',
  'neighbourhood',
  'agencyCount',
  'referralCount',
  'nextReviewDate',
] as const
export type CaseSortKey = (typeof caseSortKeys)[number]

export const casePageInput = z
  .object({
    ...window,
    sort: sortOf(caseSortKeys, 'reference', 'desc'),
    filter: z
      .object({
        status: choice(caseStatuses, 'status'),
        riskLevel: choice(riskLevels, 'risk level'),
        triageCategory: choice(decisionCategories, 'triage decision'),
        keyworkerId: nullable(id),
        agencyId: nullable(id),
        neighbourhood,
        consent: choice(consentFilters, 'consent'),
        /** Every status but closed (the Dashboard's panels). */
        notClosed: z.boolean().default(false),
        /** With a next review on or before this day. */
        reviewDueBy: nullable(isoDate),
        /** Flagged as not engaging. */
        nonEngagement: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .strict()
export type CasePageInput = z.input<typeof casePageInput>
export type CasePageQuery = z.output<typeof casePageInput>

export const triageAssessments = ['current', 'retriage', 'reassessed'] as const
export type TriageAssessment = (typeof triageAssessments)[number]
export const triageSortKeys = [
  'receivedAt',
  'caseReference',
  'person',
  'riskLevel',
  'source',
  'decisionCategory',
  'caseStatus',
  'keyworker',
  'neighbourhood',
  'decidedBy',
] as const
export type TriageSortKey = (typeof triageSortKeys)[number]

export const triagePageInput = z
  .object({
    ...window,
    sort: sortOf(triageSortKeys, 'receivedAt', 'desc'),
    filter: z
      .object({
        riskLevel: choice(riskLevels, 'risk level'),
        decisionCategory: choice(decisionCategories, 'decision'),
        caseStatus: choice(caseStatuses, 'status'),
        keyworkerId: nullable(id),
        agencyId: nullable(id),
        neighbourhood,
        source: nullable(z.string().trim().max(40)),
        assessment: choice(triageAssessments, 'assessment'),
        consent: choice(consentFilters, 'consent'),
      })
      .strict()
      .prefault({}),
  })
  .strict()
export type TriagePageInput = z.input<typeof triagePageInput>
export type TriagePageQuery = z.output<typeof triagePageInput>

export const actionGroupings = ['none', 'owner', 'agency'] as const
export type ActionGrouping = (typeof actionGroupings)[number]
export const actionSortKeys = ['due', 'description', 'case', 'owner', 'agency', 'raised'] as const
export type ActionSortKey = (typeof actionSortKeys)[number]

export const actionPageInput = z
  .object({
    ...window,
    /** "due": open first, then by due date, so overdue actions lead. */
    sort: sortOf(actionSortKeys, 'due', 'asc'),
    /** Under a heading per owner or agency (by name), the sort within each. */
    groupBy: z.enum(actionGroupings, { error: 'Group by owner, agency or nothing' }).default('none'),
    filter: z
      .object({
        status: choice(actionStatuses, 'status'),
        ownerName: nullable(z.string().trim().max(120)),
        ownerAgencyId: nullable(id),
        overdue: z.boolean().default(false),
        /** Open and due within the next seven days (overdue included). */
        dueThisWeek: z.boolean().default(false),
        /** Owned by the signed-in user (by name, as actions record their owner). */
        mine: z.boolean().default(false),
      })
      .strict()
      .prefault({}),
  })
  .strict()
export type ActionPageInput = z.input<typeof actionPageInput>
export type ActionPageQuery = z.output<typeof actionPageInput>

export const meetingSortKeys = ['date', 'kind', 'status', 'chair'] as const
export type MeetingSortKey = (typeof meetingSortKeys)[number]

/** The Meetings list: newest first by default; by kind and status; search looks through the chair's name and the location. */
export const meetingPageInput = z
  .object({
    ...window,
    sort: sortOf(meetingSortKeys, 'date', 'desc'),
    filter: z
      .object({
        kind: choice(meetingKinds, 'kind of meeting'),
        status: choice(meetingStatuses, 'meeting status'),
      })
      .strict()
      .prefault({}),
  })
  .strict()
export type MeetingPageInput = z.input<typeof meetingPageInput>
export type MeetingPageQuery = z.output<typeof meetingPageInput>

/**
 * A case as the Cases table shows it: only the columns it shows (and the id
 * that opens the record), so a page stays small (a 200-row page was 128 KB
 * with every summary field) and nothing is sent that is not on the screen:
 * never the search text behind it (identifiers are matched, not sent), nor
 * the subject's name.
 */
export const caseRowFields = [
  'id',
  'reference',
  'kind',
  'title',
  'status',
  'riskLevel',
  'triageCategory',
  'keyworkerName',
  'leadAgencyName',
  'neighbourhood',
  'agencyNames',
  'agencyCount',
  'referralCount',
  'nonEngagement',
  'nextReviewDate',
  'subjectConsent',
] as const satisfies ReadonlyArray<keyof CaseSummary>
export type CaseRowView = Pick<CaseSummary, (typeof caseRowFields)[number]>

export interface TablePage<T> {
  rows: T[]
  /** How many rows match the filters and search: the table's row count. */
  total: number
}

export interface ActionGroupCount {
  key: string
  label: string
  count: number
}

export type CasePage = TablePage<CaseRowView>
export type TriagePage = TablePage<TriageEntryView>
export type MeetingPage = TablePage<MeetingSummary>
export type ActionPage = TablePage<ActionView> & {
  /** When grouped: each group in order with how many rows it has, so headings can be placed before the rows arrive. */
  groups: ActionGroupCount[]
}

/** The choices the tables' filters offer: the values in use, from the database rather than from a whole list. */
export interface TableFilterOptions {
  keyworkers: Array<{ id: string; name: string }>
  agencies: Array<{ id: string; name: string }>
  neighbourhoods: string[]
  sources: Array<{ key: string; label: string }>
  actionOwners: string[]
}
