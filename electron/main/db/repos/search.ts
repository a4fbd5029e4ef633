import { stmt, type Db } from '../connection'
import { currentConsentSql } from './consent'

export interface SearchCaseRow {
  case_id: string
  reference: string
  title: string
  status: string
  risk_level: string
  keyworker_name: string | null
  subject_consent: string | null
  person_id: string | null
  first_name: string | null
  last_name: string | null
  date_of_birth: string | null
  last_contact_at: string | null
}

const caseColumns = `
  c.id AS case_id, c.reference, c.title, c.status, c.risk_level, u.name AS keyworker_name,
  ${currentConsentSql("(SELECT s.id FROM people s WHERE s.case_id = c.id AND s.role = 'subject')")} AS subject_consent,
  (SELECT max(t.received_at) FROM triage_entries t WHERE t.case_id = c.id) AS last_contact_at`

/** Cases by reference or title, with no particular person. */
export function casesByReferenceOrTitle(db: Db, text: string): SearchCaseRow[] {
  return stmt<SearchCaseRow>(
    db,
    `SELECT ${caseColumns}, NULL AS person_id, NULL AS first_name, NULL AS last_name, NULL AS date_of_birth
     FROM cases c LEFT JOIN users u ON u.id = c.keyworker_id
     WHERE c.reference LIKE '%' || @text || '%' ESCAPE '\\' OR c.title LIKE '%' || @text || '%' ESCAPE '\\'
     ORDER BY c.created_at DESC LIMIT 50`,
  ).all({ text })
}

/** People who might match, with their case: by name fragment, date of birth (or swapped) or NHS number. */
export function peopleMatching(db: Db, query: { namePart: string; dateOfBirth: string | null; swapped: string | null; nhsNumber: string | null }): SearchCaseRow[] {
  return stmt<SearchCaseRow>(
    db,
    `SELECT ${caseColumns}, p.id AS person_id, p.first_name, p.last_name, p.date_of_birth
     FROM people p JOIN cases c ON c.id = p.case_id LEFT JOIN users u ON u.id = c.keyworker_id
     WHERE (@namePart <> '' AND (substr(lower(p.last_name), 1, 2) = substr(lower(@namePart), 1, 2)
                                 OR substr(lower(p.first_name), 1, 2) = substr(lower(@namePart), 1, 2)))
        OR (@dateOfBirth IS NOT NULL AND p.date_of_birth IN (@dateOfBirth, coalesce(@swapped, @dateOfBirth)))
        OR (@nhsNumber IS NOT NULL AND p.nhs_number = @nhsNumber)
     LIMIT 500`,
  ).all(query)
}

/** Cases with a contact whose police or other source reference contains the text. */
export function casesBySourceReference(db: Db, text: string): SearchCaseRow[] {
  return stmt<SearchCaseRow>(
    db,
    `SELECT ${caseColumns}, NULL AS person_id, NULL AS first_name, NULL AS last_name, NULL AS date_of_birth
     FROM cases c LEFT JOIN users u ON u.id = c.keyworker_id
     WHERE EXISTS (SELECT 1 FROM triage_entries t WHERE t.case_id = c.id AND t.source_reference <> ''
                   AND t.source_reference LIKE '%' || @text || '%' ESCAPE '\\')
     ORDER BY c.created_at DESC LIMIT 50`,
  ).all({ text })
}

/** People whose police reference contains the text, with their case. */
export function peopleByPoliceReference(db: Db, text: string): SearchCaseRow[] {
  return stmt<SearchCaseRow>(
    db,
    `SELECT ${caseColumns}, p.id AS person_id, p.first_name, p.last_name, p.date_of_birth
     FROM people p JOIN cases c ON c.id = p.case_id LEFT JOIN users u ON u.id = c.keyworker_id
     WHERE p.police_reference <> '' AND p.police_reference LIKE '%' || @text || '%' ESCAPE '\\'
     LIMIT 50`,
  ).all({ text })
}
