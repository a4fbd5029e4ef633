import type { z } from 'zod'
import type { consentInput } from '../../../shared/domain/record/consent'
import { dateOfBirthError, type ParsedPersonInput } from '../../../shared/domain/record/people'
import type { ConsentView, PersonView } from '../../../shared/domain/record/views'
import type { Db } from '../db/connection'
import { getCaseRow } from '../db/repos/cases'
import { consentHistory, insertConsent } from '../db/repos/consent'
import { findSubject, getPerson, insertPerson, updatePerson, type PersonRow } from '../db/repos/people'
import { consentView, personView } from './caseViews'
import { today } from './caseRecord'
import { isoNow, newId, requireActor, type ServiceContext } from './context'
import { DomainError, fieldError, notFound } from './errors'
import { write, type Audits } from './write'

function checkPerson(db: Db, caseId: string, input: ParsedPersonInput, todayIso: string, exceptPersonId?: string) {
  const dobError = dateOfBirthError(input.dateOfBirth, todayIso)
  if (dobError) throw fieldError('dateOfBirth', dobError)
  if (input.role === 'subject') {
    const subject = findSubject(db, caseId)
    if (subject && subject.id !== exceptPersonId)
      throw fieldError('role', `This case already has a subject (${subject.first_name} ${subject.last_name}). Choose another role.`)
  }
}

const toRow = (input: ParsedPersonInput) => ({
  role: input.role,
  relationship: input.relationship,
  first_name: input.firstName,
  last_name: input.lastName,
  preferred_name: input.preferredName,
  date_of_birth: input.dateOfBirth,
  nhs_number: input.nhsNumber,
  police_reference: input.policeReference,
  address: input.address,
  neighbourhood: input.neighbourhood,
})

/** Inserts a person inside the caller's write (triage uses this when it opens a case). */
export function insert(ctx: ServiceContext, caseId: string, input: ParsedPersonInput, audit: Audits): PersonRow {
  checkPerson(ctx.db, caseId, input, today(ctx))
  const at = isoNow(ctx)
  const row: PersonRow = { id: newId(), case_id: caseId, ...toRow(input), created_at: at, updated_at: at }
  insertPerson(ctx.db, row)
  audit({ action: 'create', entity: 'person', entityId: row.id, detail: { caseId } })
  return row
}

export function add(ctx: ServiceContext, caseId: string, input: ParsedPersonInput): PersonView {
  return write(ctx, { access: 'writeCases', action: 'create', entity: 'person' }, ({ audit, changed }) => {
    if (!getCaseRow(ctx.db, caseId)) throw notFound('The case')
    changed({ kind: 'case', id: caseId })
    return personView(ctx.db, insert(ctx, caseId, input, audit), today(ctx))
  })
}

export function update(ctx: ServiceContext, personId: string, input: ParsedPersonInput): PersonView {
  return write(ctx, { access: 'writeCases', action: 'update', entity: 'person' }, ({ at, audit, changed }) => {
    const existing = getPerson(ctx.db, personId)
    if (!existing) throw notFound('The person')
    checkPerson(ctx.db, existing.case_id, input, today(ctx), personId)
    updatePerson(ctx.db, { id: personId, ...toRow(input), updated_at: at })
    audit({ entityId: personId })
    changed({ kind: 'case', id: existing.case_id })
    return personView(ctx.db, getPerson(ctx.db, personId) as PersonRow, today(ctx))
  })
}

/** Consent is never edited: each change is a new record, so the history is the record. */
export function recordConsent(ctx: ServiceContext, input: z.output<typeof consentInput>): ConsentView {
  return write(ctx, { access: 'writeCases', action: 'consent', entity: 'person' }, ({ actor, at, audit, changed }) => {
    const person = getPerson(ctx.db, input.personId)
    if (!person) throw notFound('The person')
    changed({ kind: 'case', id: person.case_id })
    if (input.recordedOn && input.recordedOn > today(ctx)) throw fieldError('recordedOn', 'The date cannot be in the future')
    const id = newId()
    insertConsent(ctx.db, {
      id,
      person_id: input.personId,
      status: input.status,
      recorded_on: input.recordedOn,
      scope: input.scope,
      lawful_basis: input.lawfulBasis,
      recorded_by: actor,
      created_at: at,
      updated_at: at,
    })
    audit({ entityId: input.personId, detail: { status: input.status } })
    const current = consentHistory(ctx.db, input.personId)[0]
    if (!current || current.id !== id) throw new DomainError('conflict', 'The consent record was not saved. Try again.')
    return consentView(current)
  })
}

export function consentHistoryOf(ctx: ServiceContext, personId: string): ConsentView[] {
  requireActor(ctx)
  if (!getPerson(ctx.db, personId)) throw notFound('The person')
  return consentHistory(ctx.db, personId).map(consentView)
}
