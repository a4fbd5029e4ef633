import { stmt, type Db } from '../connection'

export interface PersonRow {
  id: string
  case_id: string
  role: string
  relationship: string
  first_name: string
  last_name: string
  preferred_name: string
  date_of_birth: string | null
  nhs_number: string | null
  police_reference: string
  address: string
  neighbourhood: string
  created_at: string
  updated_at: string
}

export function listPeopleForCase(db: Db, caseId: string): PersonRow[] {
  return stmt<PersonRow>(
    db,
    `SELECT * FROM people WHERE case_id = ?
     ORDER BY CASE role WHEN 'subject' THEN 0 WHEN 'partner' THEN 1 WHEN 'child' THEN 3 ELSE 2 END, date_of_birth, first_name`,
  ).all(caseId)
}

export function getPerson(db: Db, id: string): PersonRow | undefined {
  return stmt<PersonRow>(db, 'SELECT * FROM people WHERE id = ?').get(id)
}

export function insertPerson(db: Db, row: PersonRow): void {
  stmt(
    db,
    `INSERT INTO people (id, case_id, role, relationship, first_name, last_name, preferred_name, date_of_birth, nhs_number,
                         police_reference, address, neighbourhood, created_at, updated_at)
     VALUES (@id, @case_id, @role, @relationship, @first_name, @last_name, @preferred_name, @date_of_birth, @nhs_number,
             @police_reference, @address, @neighbourhood, @created_at, @updated_at)`,
  ).run(row)
}

export function updatePerson(db: Db, row: Omit<PersonRow, 'case_id' | 'created_at'>): void {
  stmt(
    db,
    `UPDATE people SET role = @role, relationship = @relationship, first_name = @first_name, last_name = @last_name,
       preferred_name = @preferred_name, date_of_birth = @date_of_birth, nhs_number = @nhs_number,
       police_reference = @police_reference, address = @address, neighbourhood = @neighbourhood, updated_at = @updated_at
     WHERE id = @id`,
  ).run(row)
}

export function findSubject(db: Db, caseId: string): PersonRow | undefined {
  return stmt<PersonRow>(db, "SELECT * FROM people WHERE case_id = ? AND role = 'subject'").get(caseId)
}

/** People with exactly this date of birth, with their case: the candidates for "the same person on another case". */
export interface PersonWithCaseRow extends PersonRow {
  case_reference: string
}

export function peopleBornOn(db: Db, dateOfBirth: string): PersonWithCaseRow[] {
  return stmt<PersonWithCaseRow>(
    db,
    `SELECT p.*, c.reference AS case_reference FROM people p JOIN cases c ON c.id = p.case_id WHERE p.date_of_birth = ? LIMIT 500`,
  ).all(dateOfBirth)
}
