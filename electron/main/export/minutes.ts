/**
 * Meeting minutes as a Word document: full minutes for the meeting's
 * members, or (when the data carries a redaction notice) the redacted copy
 * for circulation, whose title, header, footer and properties all say so.
 */
import type { Document, Paragraph, Table } from 'docx'
import { agendaItemBlocks, allActionsTable } from './minutesAgenda'
import { categoryLabels, directionLabels, formatDate, meetingKindLabels } from './format'
import {
  buildDocument,
  heading,
  labelled,
  markingOf,
  notice,
  organisationBlock,
  paragraph,
  textParagraphs,
  versionStamp,
} from './houseStyle'
import { dataTable, type Column } from './tables'
import type { Attendee, HouseStyle, MinutesDocData, RedactionNotice } from './types'

type Block = Paragraph | Table

export const redactedMinutesTitle = 'REDACTED MINUTES – for circulation'
export const redactedHeaderNote = 'REDACTED MINUTES – FOR CIRCULATION'
export const fullMinutesNote = 'FULL MINUTES – for meeting members only, not for onward circulation'
export const draftMarking = 'DRAFT – not approved'

export function buildMinutesDoc(data: MinutesDocData, style: HouseStyle): Document {
  const redaction = data.redaction ?? null
  const kind = meetingKindLabels[data.meetingKind]
  const date = formatDate(data.date)
  const isDraft = data.approval.status === 'draft'
  const version = `Minutes version ${data.version}`

  const children: Block[] = [
    ...organisationBlock(style),
    heading(redaction ? redactedMinutesTitle : `Minutes: ${kind}`, 1),
    paragraph(`${kind} · ${date}`, { bold: true }),
    // The redacted copy names no one in its stamp: it may travel further than the people in the room.
    versionStamp(style, version, redaction ? style.organisationName : style.author),
    ...(redaction ? redactionNotice(redaction) : []),
    ...approvalBanner(data),
    heading('Meeting details', 2),
    labelled('Meeting', kind),
    labelled('Date', date),
    labelled('Time', data.time ?? 'Not recorded'),
    labelled('Location', data.location || 'Not recorded'),
    labelled('Chair', data.chair),
    heading('Confidentiality', 2),
    paragraph(data.confidentiality.statement || 'No confidentiality statement recorded.'),
    labelled('Agreed by', data.confidentiality.agreedBy.length > 0 ? data.confidentiality.agreedBy.join(', ') : 'Not recorded'),
    heading('Attendance', 2),
    heading('Present', 3),
    attendeeTable(
      data.attendees.filter((a) => a.attendance === 'present'),
      'No attendees recorded.',
    ),
    heading('Observers', 3),
    attendeeTable(
      data.attendees.filter((a) => a.attendance === 'observer'),
      'No observers.',
    ),
    heading('Apologies', 3),
    apologiesTable(data.attendees.filter((a) => a.attendance === 'apologies')),
    ...directionSummary(data),
    ...data.agendaItems.flatMap((item, index) => agendaItemBlocks(item, index + 1, redaction?.recipientAgency ?? null)),
    heading('All actions (by owner)', 2),
    allActionsTable(data.agendaItems),
    heading('Next meeting', 2),
    paragraph(nextMeetingText(data)),
    heading('Approval', 2),
    paragraph(approvalText(data), { bold: true }),
    ...amendmentBlocks(data),
  ]

  const footerName = redaction ? 'REDACTED MINUTES' : 'Minutes'
  return buildDocument({
    style,
    title: `${redaction ? 'Redacted minutes' : 'Minutes'} – ${kind} – ${date}`,
    description: redaction
      ? `Redacted copy for circulation to ${redaction.recipientAgency}. ${version}. ${isDraft ? 'Draft, not approved.' : 'Approved.'}`
      : `${version} of the ${kind.toLowerCase()} held on ${date}. ${isDraft ? 'Draft, not approved.' : 'Approved.'}`,
    keywords: ['Roundtable', 'minutes', ...(redaction ? ['redacted'] : []), markingOf(style)].join('; '),
    // Every document's author is the user who exported it, redacted copies too (the register says who sent what).
    creator: style.author,
    footerLabel: `${footerName} · ${kind} ${date} · v${data.version}${isDraft ? ' · DRAFT' : ''}`,
    headerNote: redaction ? redactedHeaderNote : fullMinutesNote,
    // The watermark makes a redacted page recognisable at a glance, even torn from the rest.
    ...watermark(isDraft, redaction !== null),
    children,
  })
}

function watermark(isDraft: boolean, isRedacted: boolean): { watermark?: string } {
  if (isDraft && isRedacted) return { watermark: 'DRAFT – REDACTED' }
  if (isDraft) return { watermark: 'DRAFT' }
  if (isRedacted) return { watermark: 'REDACTED' }
  return {}
}

/** The meeting's direction-of-travel counts, in text and arrows (never colour alone), after attendance. */
function directionSummary(data: MinutesDocData): Paragraph[] {
  const counts = data.directionCounts
  if (!counts) return []
  const order = ['improving', 'no_change', 'worsening'] as const
  // Its own heading, so it does not read as a line of the Apologies table above it.
  return [
    heading('Direction of travel', 2),
    labelled('Across the cases discussed', order.map((direction) => `${directionLabels[direction]} ${counts[direction]}`).join(' · ')),
  ]
}

function redactionNotice(redaction: RedactionNotice): Paragraph[] {
  const withheld = redaction.withheldCategories.map((category) => categoryLabels[category].toLowerCase())
  return notice([
    `Redacted copy for ${redaction.recipientAgency}`,
    'Names of the people discussed are replaced by case reference, initials and pseudonyms (the same person keeps the same pseudonym throughout). Dates of birth, addresses and identifiers are removed.',
    'Cases without consent to share show only the reference, risk level and this agency’s actions.',
    withheld.length > 0 ? `Left out of this copy: ${withheld.join(', ')}.` : 'No category of information is left out of this copy.',
  ])
}

function approvalBanner(data: MinutesDocData): Paragraph[] {
  const lines =
    data.approval.status === 'draft'
      ? [draftMarking, 'These minutes are a draft until the chair approves them. Do not rely on them as the record.']
      : [approvalText(data)]
  if (data.amendments.length > 0) lines.push(`Amended after approval: see “Amendments” (${data.amendments.length}).`)
  return notice(lines)
}

function approvalText(data: MinutesDocData): string {
  return data.approval.status === 'approved'
    ? `Approved by ${data.approval.approvedBy} on ${formatDate(data.approval.approvedOn)}`
    : `${draftMarking}: these minutes have not been approved.`
}

function nextMeetingText(data: MinutesDocData): string {
  const next = data.nextMeeting
  if (!next) return 'Not yet arranged.'
  return [formatDate(next.date), next.time ? `at ${next.time}` : '', next.location ? `– ${next.location}` : ''].filter(Boolean).join(' ')
}

function amendmentBlocks(data: MinutesDocData): Paragraph[] {
  if (data.amendments.length === 0) return []
  return [
    heading('Amendments', 2),
    paragraph('Made after the minutes were approved; the approved text above is unchanged.', { italics: true }),
    ...data.amendments.flatMap((amendment, index) =>
      textParagraphs(amendment.text, `Amendment ${index + 1} – added ${formatDate(amendment.date)} by ${amendment.by}: `),
    ),
  ]
}

const attendeeColumns: Column<Attendee>[] = [
  { header: 'Name', weight: 3, value: (a) => a.name },
  { header: 'Agency', weight: 3.5, value: (a) => a.agency },
  { header: 'Role', weight: 3.5, value: (a) => a.role },
]

function attendeeTable(attendees: readonly Attendee[], emptyText: string): Block {
  return dataTable(attendeeColumns, attendees, { emptyText })
}

function apologiesTable(attendees: readonly Attendee[]): Block {
  const columns: Column<Attendee>[] = [
    { header: 'Name', weight: 2.6, value: (a) => a.name },
    { header: 'Agency', weight: 3, value: (a) => a.agency },
    { header: 'Role', weight: 2.6, value: (a) => a.role },
    { header: 'Information sent', weight: 1.8, value: (a) => (a.informationSent ? 'Yes' : 'No') },
  ]
  return dataTable(columns, attendees, { emptyText: 'No apologies.' })
}
