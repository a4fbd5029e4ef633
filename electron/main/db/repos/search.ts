import { stmt, type Db } from '../connection'
import { currentConsentSql } from './consent'

/**
 * Search reads the trigram index search_fts (migration 0110), which triggers
 * keep in step with people, cases and triage entries. Candidates come back
 * small (ids, names, dates of birth); the case columns a result shows are
 * read afterwards for the few results kept (caseSummaries).
 *
 * Every text reaches FTS5 as a quoted phrase (a double quote doubled), so a
 * user's text is never read as query syntax. With the trigram tokenizer a
 * phrase matches any substring of three or more characters, case- and
 * accent-insensitively.
 */

export interface PersonCandidateRow {
  person_id: string
  case_id: string
  reference: string
  first_name: string
  last_name: string
  date_of_birth: string | null
}

export interface CaseCandidateRow {
  case_id: string
  reference: string
  title: string
}

export interface SearchCaseRow {
  case_id: string
  reference: string
  title: string
  status: string
  risk_level: string
  keyworker_name: string | null
  subject_consent: string | null
  last_contact_at: string | null
}

const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`
const inName = (expression: string) => `{name} : (${expression})`

/**
 * The index lookup drives each query (CROSS JOIN fixes the order): the
 * matching documents first, newest first (FTS5 walks its lists backwards and
 * stops at the limit, where ranking by relevance would score every match),
 * then each one's row by primary key.
 */
const hits = `WITH hits (doc) AS MATERIALIZED (SELECT rowid FROM search_fts WHERE search_fts MATCH @match ORDER BY rowid DESC LIMIT @limit)`
const personColumns = 'p.id AS person_id, p.case_id, c.reference, p.first_name, p.last_name, p.date_of_birth'

/** The statements, by name: tests read their query plans. */
export const searchSql = {
  peopleByMatch: `${hits}
    SELECT ${personColumns}
    FROM hits h CROSS JOIN search_documents d ON d.id = h.doc JOIN people p ON p.id = d.entity_id JOIN cases c ON c.id = p.case_id
    WHERE d.kind = 'person'`,
  peopleByNhsNumber: `SELECT ${personColumns} FROM people p JOIN cases c ON c.id = p.case_id WHERE p.nhs_number = @digits`,
  peopleByDateOfBirth: `SELECT ${personColumns} FROM people p JOIN cases c ON c.id = p.case_id
    WHERE p.date_of_birth IN (SELECT value FROM json_each(@dates))`,
  casesByReferencePrefix: `SELECT c.id AS case_id, c.reference, c.title FROM cases c
    WHERE c.reference >= @prefix AND c.reference < @prefix || char(1114111)
    ORDER BY c.reference LIMIT 50`,
  textMatches: `${hits}
    SELECT d.kind, c.id AS case_id, c.reference, c.title, p.id AS person_id, p.first_name, p.last_name, p.date_of_birth
    FROM hits h CROSS JOIN search_documents d ON d.id = h.doc
      LEFT JOIN people p ON d.kind = 'person' AND p.id = d.entity_id
      LEFT JOIN triage_entries t ON d.kind = 'triage' AND t.id = d.entity_id
      JOIN cases c ON c.id = CASE d.kind WHEN 'case' THEN d.entity_id WHEN 'person' THEN p.case_id ELSE t.case_id END`,
  caseSummaries: `SELECT c.id AS case_id, c.reference, c.title, c.status, c.risk_level, u.name AS keyworker_name,
      ${currentConsentSql("(SELECT s.id FROM people s WHERE s.case_id = c.id AND s.role = 'subject')")} AS subject_consent,
      (SELECT max(t.received_at) FROM triage_entries t WHERE t.case_id = c.id) AS last_contact_at
    FROM cases c LEFT JOIN users u ON u.id = c.keyworker_id
    WHERE c.id IN (SELECT value FROM json_each(@ids))`,
} as const

function peopleByMatch(db: Db, match: string, limit: number): PersonCandidateRow[] {
  return stmt<PersonCandidateRow>(db, searchSql.peopleByMatch).all({ match, limit })
}

/**
 * People with every one of these whole words in their name ("jo" finds Jo,
 * not Joanne): complete for an exact name, however many share its letters.
 */
export function peopleWithNameWords(db: Db, words: readonly string[], limit: number): PersonCandidateRow[] {
  if (words.length === 0) return []
  return peopleByMatch(db, inName(words.map((word) => phrase(` ${word} `)).join(' AND ')), limit)
}

/** People whose name contains each of these fragments (three letters or more each). */
export function peopleWithNameParts(db: Db, parts: readonly string[], limit: number): PersonCandidateRow[] {
  if (parts.length === 0) return []
  return peopleByMatch(db, inName(parts.map(phrase).join(' AND ')), limit)
}

/**
 * People whose name may be a possibly mistyped word (and contains each of the
 * other fragments): the word's first, middle and last three letters, any one
 * of them. A single slip leaves at least one intact in a word of six letters
 * or more, and in a shorter one unless it falls in the middle. The fuzzy
 * rules then decide who is offered.
 */
export function peopleWithNameLike(db: Db, word: string, otherParts: readonly string[], limit: number): PersonCandidateRow[] {
  if (word.length < 4) return []
  const middle = Math.floor((word.length - 3) / 2)
  const pieces = [...new Set([word.slice(0, 3), word.slice(middle, middle + 3), word.slice(-3)])]
  const like = `(${pieces.map(phrase).join(' OR ')})`
  return peopleByMatch(db, inName([...otherParts.map(phrase), like].join(' AND ')), limit)
}

/** People with this NHS number (ten digits, no spaces): the people_nhs_number index. */
export function peopleByNhsNumber(db: Db, digits: string): PersonCandidateRow[] {
  return stmt<PersonCandidateRow>(db, searchSql.peopleByNhsNumber).all({ digits })
}

/** Everyone born on one of these dates (the people_dob index). */
export function peopleByDateOfBirth(db: Db, dates: readonly string[]): PersonCandidateRow[] {
  return stmt<PersonCandidateRow>(db, searchSql.peopleByDateOfBirth).all({ dates: JSON.stringify(dates) })
}

/** Cases whose reference starts with the text (the unique index on cases.reference). */
export function casesByReferencePrefix(db: Db, prefix: string): CaseCandidateRow[] {
  return stmt<CaseCandidateRow>(db, searchSql.casesByReferencePrefix).all({ prefix })
}

export interface TextMatchRow {
  kind: 'person' | 'case' | 'triage'
  case_id: string
  reference: string
  title: string
  person_id: string | null
  first_name: string | null
  last_name: string | null
  date_of_birth: string | null
}

type TextColumns = 'identifiers' | 'words'
const textColumns: Record<TextColumns, string> = {
  identifiers: '{reference police_reference source_reference}',
  words: '{title summary}',
}

/**
 * Cases, people and contacts whose text contains the phrase, in one index
 * look-up: "identifiers" are case, police and source references; "words"
 * are case titles and contact summaries.
 */
export function textMatches(db: Db, columns: TextColumns, text: string, limit: number): TextMatchRow[] {
  return stmt<TextMatchRow>(db, searchSql.textMatches).all({ match: `${textColumns[columns]} : (${phrase(text)})`, limit })
}

/** What a result shows of its case, for the few cases kept. */
export function caseSummaries(db: Db, caseIds: readonly string[]): SearchCaseRow[] {
  if (caseIds.length === 0) return []
  return stmt<SearchCaseRow>(db, searchSql.caseSummaries).all({ ids: JSON.stringify(caseIds) })
}
