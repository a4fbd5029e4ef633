import { basename } from 'node:path'
import { londonDay } from '../../../shared/domain/londonTime'
import { Packer, type Document } from 'docx'
import type { z } from 'zod'
import type {
  actionTrackerExportInput,
  casePlanExportInput,
  csvExportInput,
  ExportDocument,
  ExportRegisterEntry,
  ExportResult,
  ExportReviewOutcome,
  minutesExportInput,
} from '../../../shared/domain/exports'
import { meetingKindLabels } from '../../../shared/domain/meetings/meetings'
import type { SensitiveCategory } from '../../../shared/domain/minutesData'
import { reportCsvTableLabels, type boardReportExportInput, type reportCsvExportInput } from '../../../shared/domain/outcomes/report'
import { buildActionTrackerDoc } from '../export/actionTracker'
import { buildBoardReportDoc } from '../export/boardReport'
import { buildCasePlanDoc } from '../export/casePlan'
import type { FileSaver } from '../export/fileSaver'
import { buildMinutesDoc } from '../export/minutes'
import type { HouseStyle } from '../export/types'
import { getAgency } from '../db/repos/agencies'
import { insertExport, listExports } from '../db/repos/exportRegister'
import { getMeeting } from '../db/repos/meetings'
import { getUser } from '../db/repos/users'
import * as appSettings from './appSettings'
import { isoNow, newId, requireActor, requireRole, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'
import { write, type WriteScope } from './write'
import { actionTrackerData, casePlanData, minutesData } from './exportData'
import { reportTableCsv, tableCsv } from './csvExports'
import { logoBytes } from './logo'
import * as demo from './demo'
import * as reports from './reports'
import { closeReview, keepCaseTerms, reviewOutcome, storedReview } from './redactionReview'
import { undecidedFlags } from '../../../shared/domain/redaction'
import { isDemo } from '../db/repos/demo'

function houseStyle(ctx: ServiceContext, actorId: string): HouseStyle {
  const settings = appSettings.read(ctx)
  return {
    organisationName: settings.organisationName,
    logoPng: logoBytes(ctx),
    protectiveMarking: settings.protectiveMarking,
    generatedAt: isoNow(ctx),
    author: getUser(ctx.db, actorId)?.name ?? '',
    demo: isDemo(ctx.db),
  }
}

interface Produced {
  document: ExportDocument
  entityId: string | null
  title: string
  version: string
  variant: 'full' | 'redacted'
  profile: { recipientAgency: string; receives: readonly SensitiveCategory[] } | null
  recipients: string
  fileName: string
  bytes: Uint8Array
  /** A redacted copy's review outcome (JSON for the register) and what it keeps with the register row. */
  review?: { outcome: object; alsoRecord: (scope: WriteScope) => void }
}

/** Saves the file (dialog or folder), then records it in the register. A cancelled save records nothing. */
async function deliver(ctx: ServiceContext, saveFile: FileSaver, actor: string, produced: Produced): Promise<ExportResult> {
  const fileName = demo.exportFileName(ctx, produced.fileName)
  const savedTo = await saveFile(fileName, produced.bytes)
  if (savedTo === null) return { savedTo: null, fileName }
  write(ctx, { access: 'writeCases', action: 'export', entity: produced.document }, (scope) => {
    const { at, audit, changed } = scope
    const id = newId()
    insertExport(ctx.db, {
      id,
      at,
      actor_id: actor,
      document: produced.document,
      entity_id: produced.entityId,
      title: produced.title,
      version: produced.version,
      variant: produced.variant,
      profile: produced.profile ? JSON.stringify(produced.profile) : null,
      recipients: produced.recipients,
      // The path really written ('… v1 (2).docx' when '… v1.docx' existed), not the name suggested.
      file_name: savedTo,
      created_at: at,
      updated_at: at,
      review: produced.review ? JSON.stringify(produced.review.outcome) : null,
      reviewed_by: produced.review ? actor : null,
    })
    produced.review?.alsoRecord(scope)
    audit({ entityId: produced.entityId, detail: { exportId: id, variant: produced.variant } })
    changed({ kind: 'exports' })
  })
  return { savedTo, fileName: basename(savedTo) }
}

const docx = async (document: Document) => new Uint8Array(await Packer.toBuffer(document))

export async function minutes(ctx: ServiceContext, saveFile: FileSaver, input: z.output<typeof minutesExportInput>): Promise<ExportResult> {
  const actor = requireRole(ctx, 'writeCases')
  // The meeting's own row names the file: the minutes' data is read once, by minutesData.
  const meeting = getMeeting(ctx.db, input.meetingId)
  if (!meeting) throw notFound('The meeting')
  const data =
    input.variant === 'full'
      ? minutesData(ctx, input.meetingId, 'full')
      : storedReview(ctx, actor, input.reviewId, input.meetingId, input.recipientAgencyId).source
  const style = houseStyle(ctx, actor)
  const title = `${meetingKindLabels[meeting.kind]} ${meeting.date}`
  const isDraft = meeting.status !== 'approved'
  const version = `${data.version}${isDraft ? ' (draft)' : ''}`
  // A draft says so in its name, so it is never mistaken for the record once it is out of the app.
  const stem = `${title} minutes v${data.version}${isDraft ? ' DRAFT' : ''}`
  if (input.variant === 'full') {
    return deliver(ctx, saveFile, actor, {
      document: 'minutes',
      entityId: meeting.id,
      title,
      version,
      variant: 'full',
      profile: null,
      recipients: input.recipients,
      fileName: `${stem}.docx`,
      bytes: await docx(buildMinutesDoc(data, style)),
    })
  }
  // The copy the sender reviewed (exports:redactionReview), every flag decided: never a fresh scrub.
  const reviewed = storedReview(ctx, actor, input.reviewId, input.meetingId, input.recipientAgencyId)
  const outstanding = undecidedFlags(reviewed.review, input.accepted).length
  if (outstanding > 0) throw fieldError('accepted', `Decide every possible identifier before saving: ${outstanding} still to decide`)
  const agency = getAgency(ctx.db, input.recipientAgencyId)
  if (!agency) throw fieldError('recipientAgencyId', 'Choose the agency this copy is for')
  const bytes = await docx(buildMinutesDoc(reviewed.redacted, style))
  const result = await deliver(ctx, saveFile, actor, {
    document: 'minutes',
    entityId: meeting.id,
    title,
    version,
    variant: 'redacted',
    profile: reviewed.profile,
    recipients: input.recipients,
    fileName: `${stem} REDACTED for ${agency.shortName}.docx`,
    bytes,
    review: { outcome: reviewOutcome(reviewed, input.accepted), alsoRecord: (scope) => keepCaseTerms(ctx, reviewed.review.terms, scope) },
  })
  if (result.savedTo !== null) closeReview(ctx, input.reviewId)
  return result
}

export async function casePlan(
  ctx: ServiceContext,
  saveFile: FileSaver,
  input: z.output<typeof casePlanExportInput>,
): Promise<ExportResult> {
  const actor = requireRole(ctx, 'writeCases')
  const data = casePlanData(ctx, input.caseId)
  const bytes = await docx(buildCasePlanDoc(data, houseStyle(ctx, actor)))
  return deliver(ctx, saveFile, actor, {
    document: 'case_plan',
    entityId: input.caseId,
    title: `Case plan ${data.caseReference}`,
    version: String(data.version),
    variant: 'full',
    profile: null,
    recipients: input.recipients,
    fileName: `Case plan ${data.caseReference} v${data.version}.docx`,
    bytes,
  })
}

export async function actionTracker(
  ctx: ServiceContext,
  saveFile: FileSaver,
  input: z.output<typeof actionTrackerExportInput>,
): Promise<ExportResult> {
  const actor = requireRole(ctx, 'writeCases')
  const data = actionTrackerData(ctx, input.groupBy)
  const bytes = await docx(buildActionTrackerDoc(data, houseStyle(ctx, actor)))
  return deliver(ctx, saveFile, actor, {
    document: 'action_tracker',
    entityId: null,
    title: `Action tracker ${data.today}`,
    version: data.today,
    variant: 'full',
    profile: null,
    recipients: input.recipients,
    fileName: `Action tracker ${data.today} by ${input.groupBy}.docx`,
    bytes,
  })
}

export async function csv(ctx: ServiceContext, saveFile: FileSaver, input: z.output<typeof csvExportInput>): Promise<ExportResult> {
  const actor = requireRole(ctx, 'writeCases')
  const day = londonDay(isoNow(ctx))
  const bytes = new TextEncoder().encode(tableCsv(ctx, input.table))
  const names = { cases: 'Cases', triage: 'Triage log', actions: 'Actions' } as const
  return deliver(ctx, saveFile, actor, {
    document: `csv_${input.table}`,
    entityId: null,
    title: `${names[input.table]} ${day}`,
    version: day,
    variant: 'full',
    profile: null,
    recipients: input.recipients,
    fileName: `${names[input.table]} ${day}.csv`,
    bytes,
  })
}

export function register(ctx: ServiceContext): ExportRegisterEntry[] {
  requireActor(ctx)
  return listExports(ctx.db).map((row) => {
    const profile = row.profile ? (JSON.parse(row.profile) as { recipientAgency: string; receives: string[] }) : null
    const review = row.review ? (JSON.parse(row.review) as Omit<ExportReviewOutcome, 'reviewedBy'>) : null
    return {
      id: row.id,
      at: row.at,
      byName: row.by_name,
      document: row.document as ExportDocument,
      title: row.title,
      version: row.version,
      variant: row.variant,
      recipientAgency: profile?.recipientAgency ?? null,
      receives: profile?.receives ?? [],
      recipients: row.recipients,
      fileName: row.file_name,
      review: review ? { ...review, reviewedBy: row.reviewed_by_name ?? '' } : null,
    }
  })
}

/** The board report for a cohort, in Word, recorded in the export register like every other document. */
export async function boardReport(
  ctx: ServiceContext,
  saveFile: FileSaver,
  input: z.output<typeof boardReportExportInput>,
): Promise<ExportResult> {
  const actor = requireRole(ctx, 'writeCases')
  const data = reports.boardData(ctx, input.filters)
  const bytes = await docx(buildBoardReportDoc(data, houseStyle(ctx, actor)))
  const title = `Board report ${input.filters.from} to ${input.filters.to}`
  return deliver(ctx, saveFile, actor, {
    document: 'board_report',
    entityId: null,
    title,
    version: londonDay(isoNow(ctx)),
    variant: 'full',
    profile: null,
    recipients: input.recipients,
    fileName: `${title}.docx`,
    bytes,
  })
}

/** One table of the report as CSV, recorded in the register like the board report. */
export async function reportCsv(
  ctx: ServiceContext,
  saveFile: FileSaver,
  input: z.output<typeof reportCsvExportInput>,
): Promise<ExportResult> {
  const actor = requireRole(ctx, 'writeCases')
  const bytes = new TextEncoder().encode(reportTableCsv(reports.build(ctx, input.filters), input.table))
  const title = `${reportCsvTableLabels[input.table]} ${input.filters.from} to ${input.filters.to}`
  return deliver(ctx, saveFile, actor, {
    document: 'csv_report',
    entityId: null,
    title,
    version: londonDay(isoNow(ctx)),
    variant: 'full',
    profile: null,
    recipients: input.recipients,
    fileName: `${title}.csv`,
    bytes,
  })
}
