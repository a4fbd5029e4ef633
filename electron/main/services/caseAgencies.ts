import type { z } from 'zod'
import type { caseAgencyEndInput, caseAgencyInput } from '../../../shared/domain/record/caseEdits'
import type { CaseDetail } from '../../../shared/domain/record/views'
import { getAgency } from '../db/repos/agencies'
import { activeCaseAgency, endCaseAgency, getCaseAgency, insertCaseAgency } from '../db/repos/caseAgencies'
import { getCaseRow } from '../db/repos/cases'
import { today } from './caseRecord'
import { caseDetail } from './caseViews'
import { newId, type ServiceContext } from './context'
import { fieldError, notFound } from './errors'
import { write } from './write'

/** Which agencies are involved, with a named contact and since when. */
export function add(ctx: ServiceContext, input: z.output<typeof caseAgencyInput>): CaseDetail {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'case_agency' }, ({ at, audit, changed }) => {
    if (!getCaseRow(ctx.db, input.caseId)) throw notFound('The case')
    const agency = getAgency(ctx.db, input.agencyId)
    if (!agency?.active) throw fieldError('agencyId', 'Choose an active agency')
    if (activeCaseAgency(ctx.db, input.caseId, input.agencyId))
      throw fieldError('agencyId', `${agency.name} is already involved in this case`)
    if (input.since > today(ctx)) throw fieldError('since', 'The date cannot be in the future')
    const id = newId()
    insertCaseAgency(ctx.db, {
      id,
      case_id: input.caseId,
      agency_id: input.agencyId,
      contact_name: input.contactName,
      contact_details: input.contactDetails,
      since: input.since,
      ended_on: null,
      created_at: at,
      updated_at: at,
    })
    audit({ entityId: id, detail: { caseId: input.caseId } })
    changed({ kind: 'case', id: input.caseId })
    return caseDetail(ctx.db, input.caseId, today(ctx)) as CaseDetail
  })
}

/** An agency stepping back stays in the record, with its end date. */
export function end(ctx: ServiceContext, input: z.output<typeof caseAgencyEndInput>): CaseDetail {
  return write(ctx, { access: 'writeCases', action: 'end', entity: 'case_agency' }, ({ at, audit, changed }) => {
    const involvement = getCaseAgency(ctx.db, input.caseAgencyId)
    if (!involvement) throw notFound('That agency involvement')
    if (involvement.ended_on) throw fieldError('endedOn', 'This agency has already stepped back from the case')
    if (input.endedOn < involvement.since)
      throw fieldError('endedOn', 'The end date must be on or after the date the agency became involved')
    endCaseAgency(ctx.db, involvement.id, input.endedOn, at)
    audit({ entityId: involvement.id })
    changed({ kind: 'case', id: involvement.case_id })
    return caseDetail(ctx.db, involvement.case_id, today(ctx)) as CaseDetail
  })
}
