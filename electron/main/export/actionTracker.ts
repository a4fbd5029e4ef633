/**
 * The action tracker: every open action, grouped by agency or by owner,
 * overdue first within each group. Overdue is measured against the `today`
 * passed in and written out in words ('Overdue by 3 days'), not shown by
 * colour.
 */
import type { Document, Paragraph, Table } from 'docx'
import { daysBetween, formatDate, formatShortDate, plural } from './format'
import { buildDocument, heading, markingOf, organisationBlock, paragraph, versionStamp } from './houseStyle'
import { dataTable, type Column } from './tables'
import type { ActionTrackerDocData, HouseStyle, TrackerAction } from './types'

type Block = Paragraph | Table

export interface TrackedAction extends TrackerAction {
  /** Days past the due date; 0 or less when not overdue, null without a due date. */
  daysOverdue: number | null
}

export interface ActionGroup {
  name: string
  actions: TrackedAction[]
  overdueCount: number
}

export function isOverdue(action: TrackedAction): boolean {
  return action.daysOverdue !== null && action.daysOverdue > 0
}

/** The open actions in groups (alphabetical), each overdue first, then by due date; undated last. */
export function groupOpenActions(data: ActionTrackerDocData): ActionGroup[] {
  const groups = new Map<string, TrackedAction[]>()
  for (const action of data.actions) {
    if (action.status !== 'open') continue
    const key = data.groupBy === 'agency' ? action.ownerAgency : action.owner
    const tracked: TrackedAction = { ...action, daysOverdue: action.dueDate ? daysBetween(action.dueDate, data.today) : null }
    groups.set(key, [...(groups.get(key) ?? []), tracked])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }))
    .map(([name, actions]) => {
      const sorted = [...actions].sort(
        (a, b) =>
          Number(isOverdue(b)) - Number(isOverdue(a)) ||
          (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
          a.caseReference.localeCompare(b.caseReference),
      )
      return { name, actions: sorted, overdueCount: sorted.filter(isOverdue).length }
    })
}

export function dueText(action: TrackedAction): string {
  if (action.daysOverdue === null) return 'No due date'
  if (action.daysOverdue > 0) return `Overdue by ${plural(action.daysOverdue, 'day')}`
  if (action.daysOverdue === 0) return 'Due today'
  return `Due in ${plural(-action.daysOverdue, 'day')}`
}

export function buildActionTrackerDoc(data: ActionTrackerDocData, style: HouseStyle): Document {
  const groups = groupOpenActions(data)
  const openCount = groups.reduce((sum, group) => sum + group.actions.length, 0)
  const overdueCount = groups.reduce((sum, group) => sum + group.overdueCount, 0)
  const groupWord = data.groupBy === 'agency' ? 'agency' : 'owner'
  const today = formatDate(data.today)

  const columns: Column<TrackedAction>[] = [
    { header: 'Status', weight: 1.9, value: dueText, emphasise: isOverdue },
    { header: 'Due', weight: 1.5, value: (a) => formatShortDate(a.dueDate) },
    { header: 'Case', weight: 1.6, value: (a) => a.caseLabel ?? a.caseReference },
    { header: 'Action', weight: 3.2, value: (a) => a.description },
    data.groupBy === 'agency'
      ? { header: 'Owner', weight: 1.9, value: (a) => a.owner }
      : { header: 'Agency', weight: 1.9, value: (a) => a.ownerAgency },
  ]

  const children: Block[] = [
    ...organisationBlock(style),
    heading('Action tracker: open actions', 1),
    paragraph(`By ${groupWord}, as at ${today}`, { bold: true }),
    versionStamp(style, 'Action tracker', style.author),
    paragraph(`${plural(openCount, 'open action')}, ${overdueCount} overdue. Within each ${groupWord}, overdue actions come first.`),
  ]
  if (groups.length === 0) children.push(paragraph('There are no open actions.', { italics: true }))
  for (const group of groups) {
    children.push(
      heading(`${group.name} – ${plural(group.actions.length, 'open action')}, ${group.overdueCount} overdue`, 2),
      dataTable(columns, group.actions),
    )
  }

  return buildDocument({
    style,
    title: `Action tracker – open actions by ${groupWord} – ${today}`,
    description: `${plural(openCount, 'open action')}, ${overdueCount} overdue, as at ${today}.`,
    keywords: ['Roundtable', 'action tracker', markingOf(style)].join('; '),
    creator: style.author,
    footerLabel: `Action tracker · by ${groupWord} · as at ${today}`,
    children,
  })
}
