/**
 * One agenda item of the minutes, and the actions tables the minutes share.
 * Renders whatever data it is given: a redacted copy arrives already
 * redacted (shared/domain/redaction.ts), marked by `restricted` and
 * `redactedAs`.
 */
import type { Paragraph, Table } from 'docx'
import { bullets, heading, labelled, notice, paragraph, textParagraphs } from './houseStyle'
import {
  actionChangeLabels,
  actionStatusText,
  categoryLabels,
  consentLabels,
  directionLabels,
  formatDate,
  formatOptionalDate,
  formatShortDate,
  riskLabel,
} from './format'
import { dataTable, type Column } from './tables'
import type { ActionItem, AgendaItem, CasePerson, SensitiveCategory, SharedInformation } from './types'

type Block = Paragraph | Table

export function agendaItemBlocks(item: AgendaItem, index: number, recipientAgency: string | null): Block[] {
  return item.restricted ? restrictedBlocks(item, index, recipientAgency) : fullBlocks(item, index, recipientAgency)
}

function fullBlocks(item: AgendaItem, index: number, recipientAgency: string | null): Block[] {
  const title = item.caseTitle ? `${item.caseReference} – ${item.caseTitle}` : item.caseReference
  const risk = item.riskBefore ? `${riskLabel(item.riskBefore)} → ${riskLabel(item.riskAfter)}` : riskLabel(item.riskAfter)
  const direction = item.direction
    ? `${directionLabels[item.direction]}${item.directionReason ? ` – ${item.directionReason}` : ''}`
    : 'Not assessed'
  const blocks: Block[] = [
    heading(`${index}. ${title}`, 2),
    labelled('Case reference', item.caseReference),
    labelled('Why discussed', item.reasons.length > 0 ? item.reasons.join('; ') : 'Not recorded'),
    labelled(
      'Consent to share',
      item.consentToShare ? 'Given' : 'Not given – discuss in general terms; share no identifying details outside the lead agency',
    ),
    labelled('Risk level (before → after)', risk),
    labelled('Direction of travel', direction),
    labelled('Next review', formatOptionalDate(item.nextReviewDate)),
    heading('People', 3),
    peopleTable(item.people),
    heading('Discussion', 3),
    ...discussion(item),
    heading('Information shared', 3),
    // In a redacted copy an empty table may mean 'withheld', so it must not claim nothing was shared.
    informationTable(
      item.informationShared,
      recipientAgency ? `No shared information that ${recipientAgency} may receive.` : 'No agency shared information on this case.',
    ),
  ]
  for (const decision of item.sharingWithoutConsent) {
    blocks.push(
      heading('Decision to share without consent', 3),
      labelled('Decided by', decision.decidedOn ? `${decision.decidedBy} on ${formatDate(decision.decidedOn)}` : decision.decidedBy, {
        keepNext: true,
      }),
      labelled('Rationale', decision.rationale),
    )
  }
  blocks.push(
    heading('Decisions', 3),
    ...bullets(item.decisions, 'No decisions recorded.'),
    heading('Actions for this case', 3),
    caseActionsTable(item.actions),
  )
  return blocks
}

/** Without consent the reader sees the reference, the risk and only their own agency's actions. */
function restrictedBlocks(item: AgendaItem, index: number, recipientAgency: string | null): Block[] {
  const agency = recipientAgency ?? 'your agency'
  return [
    heading(`${index}. ${item.caseReference} – restricted: no consent to share`, 2),
    ...notice([
      'No consent to share',
      'This case was discussed in general terms. Details are held by the lead agency and are not included in this copy.',
    ]),
    labelled('Case reference', item.caseReference),
    labelled('Risk level', riskLabel(item.riskAfter)),
    heading(`Actions for ${agency}`, 3),
    caseActionsTable(item.actions, `No actions for ${agency}.`),
  ]
}

function discussion(item: AgendaItem): Paragraph[] {
  if (item.discussion.length === 0) return [paragraph('No discussion recorded.', { italics: true })]
  return item.discussion.flatMap((part) => textParagraphs(part.text, part.category ? `[${categoryLabels[part.category]}] ` : ''))
}

function personName(person: CasePerson): string {
  return [person.firstName, ...person.otherNames.map((name) => `(${name})`), person.lastName].filter(Boolean).join(' ')
}

function peopleTable(people: readonly CasePerson[]): Block {
  const redacted = people.some((person) => person.redactedAs)
  if (redacted) {
    const columns: Column<CasePerson>[] = [
      { header: 'Pseudonym', weight: 2, value: (person) => person.redactedAs?.pseudonym ?? '' },
      { header: 'Initials', weight: 1.2, value: (person) => person.redactedAs?.initials ?? '' },
      { header: 'Relationship', weight: 2, value: (person) => person.relationship },
      { header: 'Consent to share', weight: 1.6, value: (person) => consentLabels[person.consent] },
    ]
    return dataTable(columns, people, { emptyText: 'No people recorded.' })
  }
  const columns: Column<CasePerson>[] = [
    // Widths checked in LibreOffice: 'Consent' and '23 Jul 1991' fit on one line.
    { header: 'Name', weight: 1.9, value: personName },
    { header: 'Relationship', weight: 1.8, value: (person) => person.relationship },
    { header: 'Date of birth', weight: 1.5, value: (person) => formatShortDate(person.dateOfBirth, 'Not known') },
    { header: 'Address', weight: 1.9, value: (person) => person.address ?? 'Not known' },
    {
      header: 'Identifiers',
      weight: 2,
      value: (person) => person.identifiers.map((identifier) => `${identifier.label}: ${identifier.value}`),
    },
    { header: 'Consent', weight: 1.4, value: (person) => consentLabels[person.consent] },
  ]
  return dataTable(columns, people, { emptyText: 'No people recorded.' })
}

function categoryText(category: SensitiveCategory | null | undefined): string {
  return category ? categoryLabels[category] : 'General'
}

function informationTable(shared: readonly SharedInformation[], emptyText: string): Block {
  // When the meeting recorded only who shared (the content is in the discussion), a column of blanks helps no one.
  const hasSummaries = shared.some((row) => row.summary.trim() !== '')
  const columns: Column<SharedInformation>[] = [
    { header: 'Agency', weight: hasSummaries ? 2.2 : 5, value: (row) => row.agency },
    ...(hasSummaries ? [{ header: 'Information shared', weight: 5, value: (row: SharedInformation) => row.summary }] : []),
    { header: 'Type', weight: hasSummaries ? 1.8 : 4, value: (row) => categoryText(row.category) },
  ]
  return dataTable(columns, shared, { emptyText })
}

function statusText(action: ActionItem): string {
  return actionStatusText(action.status, action.statusReason)
}

function ownerLines(action: Pick<ActionItem, 'owner' | 'ownerAgency'>): string[] {
  return [action.owner, action.ownerAgency]
}

function caseActionsTable(actions: readonly ActionItem[], emptyText = 'No actions for this case.'): Block {
  const columns: Column<ActionItem>[] = [
    // A date ('19 Mar 2026') and a case reference stay on one line at these widths.
    { header: 'Action', weight: 3.4, value: (action) => action.description },
    { header: 'Owner', weight: 2.3, value: ownerLines },
    { header: 'Due', weight: 1.7, value: (action) => formatShortDate(action.dueDate) },
    { header: 'Status', weight: 1.8, value: statusText },
    { header: 'New / updated / carried', weight: 1.6, value: (action) => actionChangeLabels[action.change] },
  ]
  return dataTable(columns, actions, { emptyText })
}

export interface MinutesActionRow {
  caseReference: string
  action: ActionItem
}

/** Every action in the minutes, by owner (then due date, then case), so each person finds theirs together. */
export function allActionsTable(items: readonly AgendaItem[]): Block {
  const rows: MinutesActionRow[] = items.flatMap((item) => item.actions.map((action) => ({ caseReference: item.caseReference, action })))
  rows.sort(
    (a, b) =>
      a.action.owner.localeCompare(b.action.owner, 'en-GB', { sensitivity: 'base' }) ||
      (a.action.dueDate ?? '9999').localeCompare(b.action.dueDate ?? '9999') ||
      a.caseReference.localeCompare(b.caseReference),
  )
  const columns: Column<MinutesActionRow>[] = [
    { header: 'Owner', weight: 2.3, value: (row) => ownerLines(row.action) },
    { header: 'Case', weight: 2, value: (row) => row.caseReference },
    { header: 'Action', weight: 3, value: (row) => row.action.description },
    { header: 'Due', weight: 1.7, value: (row) => formatShortDate(row.action.dueDate) },
    { header: 'Status', weight: 1.8, value: (row) => statusText(row.action) },
  ]
  return dataTable(columns, rows, { emptyText: 'No actions were recorded at this meeting.' })
}
