import type { CaseDetail, CaseAgencyView, ConsentView, PersonView } from '../../../shared/domain/record/views'
import type { ConsentStatus, LawfulBasis } from '../../../shared/domain/record/consent'
import type { Need } from '../../../shared/domain/record/needs'
import type { PersonRole } from '../../../shared/domain/record/people'
import { ageOn } from '../../../shared/domain/record/dates'
import type { Db } from '../db/connection'
import { listCaseAgencies } from '../db/repos/caseAgencies'
import { getCaseRow, rowToCaseSummary } from '../db/repos/cases'
import { consentHistory, type ConsentJoinedRow } from '../db/repos/consent'
import { listNeeds } from '../db/repos/needs'
import { listPeopleForCase, type PersonRow } from '../db/repos/people'

/** Row → view mappers for the case record. Rows never cross the boundary. */
export const consentView = (row: ConsentJoinedRow): ConsentView => ({
  id: row.id,
  personId: row.person_id,
  status: row.status as ConsentStatus,
  recordedOn: row.recorded_on,
  scope: row.scope,
  lawfulBasis: row.lawful_basis as LawfulBasis,
  recordedByName: row.recorded_by_name,
  createdAt: row.created_at,
})

export function personView(db: Db, row: PersonRow, today: string): PersonView {
  const current = consentHistory(db, row.id)[0]
  return {
    id: row.id,
    caseId: row.case_id,
    role: row.role as PersonRole,
    relationship: row.relationship,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    age: row.date_of_birth ? ageOn(row.date_of_birth, today) : null,
    nhsNumber: row.nhs_number,
    policeReference: row.police_reference,
    address: row.address,
    neighbourhood: row.neighbourhood,
    consent: current ? consentView(current) : null,
  }
}

export function caseDetail(db: Db, caseId: string, today: string): CaseDetail | undefined {
  const row = getCaseRow(db, caseId)
  if (!row) return undefined
  const agencies: CaseAgencyView[] = listCaseAgencies(db, caseId).map((agency) => ({
    id: agency.id,
    agencyId: agency.agency_id,
    agencyName: agency.agency_name,
    contactName: agency.contact_name,
    contactDetails: agency.contact_details,
    since: agency.since,
    endedOn: agency.ended_on,
  }))
  return {
    ...rowToCaseSummary(row),
    summary: row.summary,
    aspirations: row.aspirations,
    strengths: row.strengths,
    needs: listNeeds(db, caseId) as Need[],
    closureReason: row.closure_reason,
    closureNote: row.closure_note,
    reopenCount: row.reopen_count,
    nonEngagementSince: row.non_engagement_since,
    bringToNextMeeting: row.bring_to_next_meeting === 1,
    people: listPeopleForCase(db, caseId).map((person) => personView(db, person, today)),
    agencies,
  }
}
