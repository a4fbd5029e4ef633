import type { z } from 'zod'
import type { CaseStatus } from '../../../shared/domain/cases'
import type { caseSearchInput } from '../../../shared/domain/record/caseEdits'
import type { ConsentStatus } from '../../../shared/domain/record/consent'
import { LIKELY_MATCH_SCORE, normaliseName, scorePersonMatch, swapDayMonth } from '../../../shared/domain/record/matching'
import { isValidNhsNumber, normaliseNhsNumber } from '../../../shared/domain/record/nhsNumber'
import type { CaseSearchResult } from '../../../shared/domain/record/views'
import type { RiskLevel } from '../../../shared/domain/risk'
import { casesByReferenceOrTitle, casesBySourceReference, peopleByPoliceReference, peopleMatching, type SearchCaseRow } from '../db/repos/search'
import { requireActor, type ServiceContext } from './context'

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

function toResult(row: SearchCaseRow, reasons: string[], score: number): CaseSearchResult {
  return {
    caseId: row.case_id,
    reference: row.reference,
    title: row.title,
    status: row.status as CaseStatus,
    riskLevel: row.risk_level as RiskLevel,
    keyworkerName: row.keyworker_name,
    subjectConsent: row.subject_consent as ConsentStatus | null,
    personId: row.person_id,
    personName: row.first_name === null ? null : [row.first_name, row.last_name].filter(Boolean).join(' '),
    dateOfBirth: row.date_of_birth,
    lastContactAt: row.last_contact_at,
    reasons,
    score,
  }
}

/**
 * Global search and "is this person already known?": by reference, case
 * title, a person's name (loosely: typing slips are forgiven), date of birth
 * (also with day and month swapped) or NHS number. Best matches first.
 */
export function search(ctx: ServiceContext, input: z.output<typeof caseSearchInput>): CaseSearchResult[] {
  requireActor(ctx)
  const text = input.text
  if (text === '' && input.dateOfBirth === null) return []
  const results = new Map<string, CaseSearchResult>()
  const offer = (result: CaseSearchResult) => {
    const key = `${result.caseId}:${result.personId ?? ''}`
    const existing = results.get(key)
    if (!existing || existing.score < result.score) results.set(key, result)
  }

  if (text.length >= 2) {
    for (const row of casesByReferenceOrTitle(ctx.db, escapeLike(text))) {
      const byReference = row.reference.toLowerCase().includes(text.toLowerCase())
      offer(toResult(row, [byReference ? 'Reference' : 'Case title'], byReference ? 100 : 60))
    }
    // A police incident number or other agency's reference given at the front door.
    for (const row of casesBySourceReference(ctx.db, escapeLike(text))) offer(toResult(row, ['Source reference'], 90))
    for (const row of peopleByPoliceReference(ctx.db, escapeLike(text))) offer(toResult(row, ['Police reference'], 95))
  }
  const digits = normaliseNhsNumber(text)
  const nhsNumber = isValidNhsNumber(digits) ? digits : null
  const namePart = nhsNumber ? '' : (normaliseName(text).split(' ').at(-1) ?? '')
  const query = { namePart: namePart.length >= 2 ? namePart : '', dateOfBirth: input.dateOfBirth, swapped: input.dateOfBirth ? swapDayMonth(input.dateOfBirth) : null, nhsNumber }
  if (query.namePart || query.dateOfBirth || query.nhsNumber) {
    for (const row of peopleMatching(ctx.db, query)) {
      if (nhsNumber) {
        offer(toResult(row, ['NHS number'], 120))
        continue
      }
      const match = scorePersonMatch({ name: text, dateOfBirth: input.dateOfBirth }, { firstName: row.first_name ?? '', lastName: row.last_name ?? '', dateOfBirth: row.date_of_birth })
      if (match.score >= LIKELY_MATCH_SCORE || (text === '' && match.score > 0)) offer(toResult(row, match.reasons, match.score))
    }
  }
  // One line per person: a case found by its title is dropped when one of its people matched too.
  const casesWithPeople = new Set([...results.values()].filter((r) => r.personId !== null).map((r) => r.caseId))
  return [...results.values()]
    .filter((r) => r.personId !== null || !casesWithPeople.has(r.caseId))
    .sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference))
    .slice(0, 20)
}
