import type { z } from 'zod'
import { isCaseReferenceQuery, type CaseStatus } from '../../../shared/domain/cases'
import type { caseSearchInput } from '../../../shared/domain/record/caseEdits'
import type { ConsentStatus } from '../../../shared/domain/record/consent'
import { isNameShaped, LIKELY_MATCH_SCORE, normaliseName, scorePersonMatch, swapDayMonth } from '../../../shared/domain/record/matching'
import { isValidNhsNumber, normaliseNhsNumber } from '../../../shared/domain/record/nhsNumber'
import type { CaseSearchResult } from '../../../shared/domain/record/views'
import type { RiskLevel } from '../../../shared/domain/risk'
import * as repo from '../db/repos/search'
import { requireActor, type ServiceContext } from './context'

/** How many results the search shows. */
const SHOWN = 20
/**
 * Bounds on candidates read per look-up, newest first; the fuzzy rules rank
 * them. Everyone with a whole name is read up to 300 people of that name
 * (a full name has far fewer; a lone common surname shows 20 of its
 * thousands either way, and a date of birth reads everyone born that day).
 */
const EXACT_WORDS_LIMIT = 300
const PARTS_LIMIT = 500
const LIKE_LIMIT = 1_000
const IDENTIFIERS_LIMIT = 50
const WORDS_LIMIT = 100

interface Candidate {
  caseId: string
  reference: string
  personId: string | null
  personName: string | null
  dateOfBirth: string | null
  reasons: string[]
  score: number
}

class Candidates {
  private readonly byKey = new Map<string, Candidate>()

  offer(candidate: Candidate): void {
    const key = `${candidate.caseId}:${candidate.personId ?? ''}`
    const existing = this.byKey.get(key)
    if (!existing || existing.score < candidate.score) this.byKey.set(key, candidate)
  }

  offerCase(row: repo.CaseCandidateRow, reasons: string[], score: number): void {
    this.offer({ caseId: row.case_id, reference: row.reference, personId: null, personName: null, dateOfBirth: null, reasons, score })
  }

  offerPerson(row: repo.PersonCandidateRow, reasons: string[], score: number): void {
    const personName = [row.first_name, row.last_name].filter(Boolean).join(' ')
    this.offer({
      caseId: row.case_id,
      reference: row.reference,
      personId: row.person_id,
      personName,
      dateOfBirth: row.date_of_birth,
      reasons,
      score,
    })
  }

  /** Best first. One line per person: a case found by its title is dropped when one of its people matched too. */
  best(count: number): Candidate[] {
    const all = [...this.byKey.values()]
    const casesWithPeople = new Set(all.filter((c) => c.personId !== null).map((c) => c.caseId))
    return all
      .filter((c) => c.personId !== null || !casesWithPeople.has(c.caseId))
      .sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference) || (a.personName ?? '').localeCompare(b.personName ?? ''))
      .slice(0, count)
  }
}

/** A reference-shaped text is looked up by reference alone: no name or text look-ups. */
function byReference(ctx: ServiceContext, text: string, found: Candidates): void {
  const prefix = text.trim().toUpperCase()
  for (const row of repo.casesByReferencePrefix(ctx.db, prefix)) found.offerCase(row, ['Reference'], row.reference === prefix ? 100 : 85)
}

/**
 * Case, police and source references, case titles and contact summaries
 * containing the text (three characters or more). References are
 * distinctive, so they are looked up apart from the words of titles and
 * summaries, which common text would crowd them out of; a text that can
 * only be a name is not looked for among references.
 */
function byText(ctx: ServiceContext, text: string, found: Candidates): void {
  if (text.length < 3) return
  const lower = text.toLowerCase()
  const identifiers = isNameShaped(text) ? [] : repo.textMatches(ctx.db, 'identifiers', text, IDENTIFIERS_LIMIT)
  for (const row of identifiers) {
    if (row.kind === 'case') found.offerCase(row, ['Reference'], row.reference.toLowerCase() === lower ? 100 : 85)
    // A police incident number or other agency's reference given at the front door.
    else if (row.kind === 'person' && row.person_id !== null)
      found.offerPerson(
        { ...row, person_id: row.person_id, first_name: row.first_name ?? '', last_name: row.last_name ?? '' },
        ['Police reference'],
        95,
      )
    else if (row.kind === 'triage') found.offerCase(row, ['Source reference'], 90)
  }
  for (const row of repo.textMatches(ctx.db, 'words', text, WORDS_LIMIT)) {
    if (row.kind === 'case') found.offerCase(row, ['Case title'], 60)
    else if (row.kind === 'triage') found.offerCase(row, ['Contact summary'], 35)
  }
}

/**
 * People by name, loosely. Retrieval is complete for whole names: every
 * person with each typed word in their name is read. Only when no one has
 * the name as typed are fragments (a name still being typed) and typing
 * slips looked for: those look-ups read long lists at scale. (With a date of birth, everyone born that day is read as well, so a
 * slip there is always found.) scorePersonMatch decides who is offered.
 */
function nameCandidates(ctx: ServiceContext, text: string): repo.PersonCandidateRow[] {
  const words = normaliseName(text).split(' ').filter(Boolean)
  if (words.length === 0) return []
  const exact = repo.peopleWithNameWords(ctx.db, words, EXACT_WORDS_LIMIT)
  if (exact.length > 0) return exact
  const parts = words.filter((word) => word.length >= 3)
  const rows = repo.peopleWithNameParts(ctx.db, parts, PARTS_LIMIT)
  // A slip in one word: the others as typed, that word by its intact letters.
  for (const word of parts) {
    rows.push(
      ...repo.peopleWithNameLike(
        ctx.db,
        word,
        parts.filter((other) => other !== word),
        LIKE_LIMIT,
      ),
    )
  }
  return rows
}

/**
 * Global search and "is this person already known?": by reference, case
 * title, police or source reference, contact summary, a person's name
 * (loosely: typing slips are forgiven), date of birth (also with day and
 * month swapped) or NHS number. Best matches first. The NHS number and police
 * reference are matched but never returned.
 */
export function search(ctx: ServiceContext, input: z.output<typeof caseSearchInput>): CaseSearchResult[] {
  requireActor(ctx)
  const text = input.text
  if (text === '' && input.dateOfBirth === null) return []
  const found = new Candidates()

  if (isCaseReferenceQuery(text)) {
    byReference(ctx, text, found)
  } else {
    byText(ctx, text, found)
    const digits = normaliseNhsNumber(text)
    const people = isValidNhsNumber(digits) ? [] : nameCandidates(ctx, text)
    if (isValidNhsNumber(digits)) for (const row of repo.peopleByNhsNumber(ctx.db, digits)) found.offerPerson(row, ['NHS number'], 120)
    if (input.dateOfBirth) {
      const swapped = swapDayMonth(input.dateOfBirth)
      people.push(...repo.peopleByDateOfBirth(ctx.db, swapped ? [input.dateOfBirth, swapped] : [input.dateOfBirth]))
    }
    for (const row of people) {
      const match = scorePersonMatch(
        { name: text, dateOfBirth: input.dateOfBirth },
        { firstName: row.first_name, lastName: row.last_name, dateOfBirth: row.date_of_birth },
      )
      if (match.score >= LIKELY_MATCH_SCORE || (text === '' && match.score > 0)) found.offerPerson(row, match.reasons, match.score)
    }
  }

  const best = found.best(SHOWN)
  const cases = new Map(repo.caseSummaries(ctx.db, [...new Set(best.map((c) => c.caseId))]).map((row) => [row.case_id, row]))
  return best.flatMap((candidate) => {
    const row = cases.get(candidate.caseId)
    if (!row) return []
    return [
      {
        caseId: row.case_id,
        reference: row.reference,
        title: row.title,
        status: row.status as CaseStatus,
        riskLevel: row.risk_level as RiskLevel,
        keyworkerName: row.keyworker_name,
        subjectConsent: row.subject_consent as ConsentStatus | null,
        personId: candidate.personId,
        personName: candidate.personName,
        dateOfBirth: candidate.dateOfBirth,
        lastContactAt: row.last_contact_at,
        reasons: candidate.reasons,
        score: candidate.score,
      } satisfies CaseSearchResult,
    ]
  })
}
