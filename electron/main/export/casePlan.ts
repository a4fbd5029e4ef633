/**
 * The multi-agency case plan: one document every agency works from, built
 * around what matters to the person, their strengths and their own views,
 * not only their needs and risks.
 */
import type { Document, Paragraph, Table } from 'docx'
import { actionStatusText, consentLabels, directionLabels, formatDate, formatOptionalDate, formatShortDate, riskLabel } from './format'
import { buildDocument, bullets, heading, labelled, markingOf, organisationBlock, paragraph, versionStamp } from './houseStyle'
import { dataTable, type Column } from './tables'
import type {
  CasePlanAgency,
  CasePlanDocData,
  CasePlanMember,
  ContingencyContact,
  DirectionEntry,
  DissentingView,
  HouseStyle,
  PlanAction,
  PlanNeed,
  PlanOutcome,
} from './types'

type Block = Paragraph | Table

export function buildCasePlanDoc(data: CasePlanDocData, style: HouseStyle): Document {
  const latest = data.directionHistory.reduce<DirectionEntry | null>(
    (newest, entry) => (newest === null || entry.date >= newest.date ? entry : newest),
    null,
  )
  const keyworker = [data.keyworker.name, data.keyworker.agency, data.keyworker.contactDetails].filter(Boolean).join(', ')

  const children: Block[] = [
    ...organisationBlock(style),
    heading('Multi-agency case plan', 1),
    paragraph(`${data.caseReference} – ${data.caseTitle}`, { bold: true }),
    versionStamp(style, `Case plan version ${data.version}`, style.author),
    heading('About this plan', 2),
    labelled('Case reference', data.caseReference),
    labelled('Plan for', data.kind === 'family' ? 'The whole family' : 'An individual'),
    labelled('Keyworker (main contact)', keyworker),
    labelled('Current risk level', riskLabel(data.riskLevel)),
    labelled('Direction of travel', latest ? `${directionLabels[latest.direction]} (${formatDate(latest.date)})` : 'Not yet assessed'),
    labelled('Next review', formatOptionalDate(data.reviewDate)),

    heading(data.kind === 'family' ? 'The family' : 'The person', 2),
    dataTable(memberColumns, data.members, { emptyText: 'No members recorded.' }),
    heading('Agencies involved', 2),
    dataTable(agencyColumns, data.agencies, { emptyText: 'No other agencies involved.' }),

    heading('What matters to them', 2),
    ...bullets(data.aspirations, 'Not yet recorded: ask the person what matters to them.'),
    heading('Strengths', 2),
    ...bullets(data.strengths, 'Not yet recorded.'),
    heading('Their own views', 2),
    paragraph(data.personViews || 'Not yet recorded.'),

    heading('Needs', 2),
    dataTable(needColumns, data.needs, { emptyText: 'No needs recorded.' }),
    heading('Risk and direction of travel', 2),
    labelled('Current risk level', riskLabel(data.riskLevel)),
    dataTable(
      directionColumns,
      [...data.directionHistory].sort((a, b) => a.date.localeCompare(b.date)),
      {
        emptyText: 'No reviews recorded yet.',
      },
    ),
    heading('Professional views that differ', 2),
    dataTable(dissentColumns, data.dissentingViews, { emptyText: 'No dissenting professional view recorded.' }),

    heading('Desired outcomes', 2),
    dataTable(outcomeColumns, data.outcomes, { emptyText: 'No outcomes agreed yet.' }),
    heading('Agreed actions', 2),
    dataTable(actionColumns, data.actions, { emptyText: 'No actions agreed yet.' }),

    heading('Contingency and safety plan', 2),
    heading('If things get worse', 3),
    ...bullets(data.contingency.ifThingsGetWorse, 'No contingency recorded.'),
    heading('Who to call', 3),
    dataTable(contactColumns, data.contingency.contacts, { emptyText: 'No contacts recorded.' }),

    heading('Review and step-down', 2),
    labelled('Review date', formatOptionalDate(data.reviewDate)),
    heading('Step-down criteria', 3),
    ...bullets(data.stepDownCriteria, 'Not yet agreed.'),

    heading('Distribution', 2),
    dataTable(distributionColumns, data.distribution, { emptyText: 'Not yet distributed.' }),
    heading('Sign-off', 2),
    dataTable(signOffColumns, data.signOff, { emptyText: 'No signatories listed.', rowHeight: 700 }),
  ]

  return buildDocument({
    style,
    // Properties travel with the file (search, previews): the reference identifies it without a name.
    title: `Multi-agency case plan – ${data.caseReference}`,
    description: `Case plan version ${data.version} for ${data.caseReference}.`,
    keywords: ['Roundtable', 'case plan', data.caseReference, markingOf(style)].join('; '),
    creator: style.author,
    footerLabel: `Case plan · ${data.caseReference} · v${data.version}`,
    children,
  })
}

function consentText(member: CasePlanMember): string[] {
  const status = consentLabels[member.consent]
  const dated = member.consentDate ? `${status} (${formatShortDate(member.consentDate)})` : status
  return member.consentScope ? [dated, member.consentScope] : [dated]
}

const memberColumns: Column<CasePlanMember>[] = [
  { header: 'Name', weight: 2.6, value: (m) => m.name },
  { header: 'Relationship', weight: 2.2, value: (m) => m.relationship },
  { header: 'Age', weight: 0.9, value: (m) => (m.age === null ? 'Not known' : String(m.age)) },
  { header: 'Consent to share', weight: 4.3, value: consentText },
]

const agencyColumns: Column<CasePlanAgency>[] = [
  { header: 'Agency', weight: 2.8, value: (a) => a.agency },
  { header: 'Named contact', weight: 2.4, value: (a) => a.contactName || 'Not named yet' },
  { header: 'Contact details', weight: 2, value: (a) => a.contactDetails ?? 'Not recorded' },
  { header: 'Involvement', weight: 2.8, value: (a) => a.involvement ?? '' },
]

const needColumns: Column<PlanNeed>[] = [
  { header: 'Need', weight: 1, value: (n) => n.id },
  { header: 'Description', weight: 9, value: (n) => n.description },
]

const directionColumns: Column<DirectionEntry>[] = [
  { header: 'Date', weight: 1.5, value: (d) => formatShortDate(d.date) },
  { header: 'Direction', weight: 1.8, value: (d) => directionLabels[d.direction] },
  { header: 'Reason', weight: 6.6, value: (d) => d.reason },
]

const dissentColumns: Column<DissentingView>[] = [
  { header: 'Professional', weight: 2.2, value: (d) => d.by },
  { header: 'Agency', weight: 2.3, value: (d) => d.agency },
  { header: 'View', weight: 5.5, value: (d) => d.view },
]

const outcomeColumns: Column<PlanOutcome>[] = [
  { header: 'Outcome', weight: 8, value: (o) => o.description },
  { header: 'Meets need', weight: 2, value: (o) => (o.needIds.length > 0 ? o.needIds.join(', ') : '—') },
]

const actionColumns: Column<PlanAction>[] = [
  { header: 'Action', weight: 3.8, value: (a) => a.description },
  { header: 'Owner', weight: 2.4, value: (a) => [a.owner, a.ownerAgency] },
  { header: 'By', weight: 1.5, value: (a) => formatShortDate(a.dueDate) },
  { header: 'Need', weight: 0.9, value: (a) => (a.needIds.length > 0 ? a.needIds.join(', ') : '—') },
  { header: 'Status', weight: 1.4, value: (a) => actionStatusText(a.status, null) },
]

const contactColumns: Column<ContingencyContact>[] = [
  { header: 'Who', weight: 3, value: (c) => c.who },
  { header: 'Service', weight: 2.6, value: (c) => c.service },
  { header: 'Phone', weight: 1.7, value: (c) => c.phone },
  { header: 'When to call', weight: 2.7, value: (c) => c.when },
]

const distributionColumns: Column<{ name: string; agency: string }>[] = [
  { header: 'Name', weight: 4, value: (d) => d.name },
  { header: 'Agency', weight: 6, value: (d) => d.agency },
]

const signOffColumns: Column<{ name: string; role: string; agency: string }>[] = [
  { header: 'Name', weight: 2.4, value: (s) => s.name },
  { header: 'Role', weight: 1.8, value: (s) => s.role },
  { header: 'Agency', weight: 2.2, value: (s) => s.agency },
  { header: 'Signature', weight: 2.2, value: () => '' },
  { header: 'Date', weight: 1.4, value: () => '' },
]
