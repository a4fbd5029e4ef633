/**
 * Naming a case without consent to share outside the minutes (action
 * tracker, case plan, CSVs): by reference and initials, marked, with the
 * household's names, dates of birth, addresses and identifiers taken out of
 * the text about it. One instance per export, so each case's household is
 * read and compiled once.
 */
import { hasConsentToShare, type ConsentStatus } from '../../../shared/domain/record/consent'
import { generalTermsScrubber, noConsentCaseLabel, unambiguousInitials, type Scrubber } from '../../../shared/domain/redaction'
import type { Db } from '../db/connection'
import { listAgencies } from '../db/repos/agencies'
import type { CasePerson } from '../export/types'

export interface CaseRef {
  caseId: string
  reference: string
  /** 'RT-2026-0102 (GP)' for a case without consent (agendaDisplayName). */
  displayName: string
  subjectConsent: ConsentStatus | null
}

export interface NoConsentNaming {
  /** The agencies' short names, which initials must not be mistaken for. */
  reserved: readonly string[]
  /** The case as every export names it: reference alone with consent, reference, initials and the marker without. */
  label: (ref: CaseRef) => string
  /** Text about the case: unchanged with consent, the household taken out without. `keep` names professionals. */
  text: (ref: CaseRef, text: string, keep?: readonly string[]) => string
}

/** `household` reads a case's people with every identifier (exportData.casePeople). */
export function noConsentNaming(db: Db, household: (caseId: string) => CasePerson[]): NoConsentNaming {
  const reserved = listAgencies(db, true).map((agency) => agency.shortName)
  const scrubbers = new Map<string, Scrubber>()
  const scrubberFor = (caseId: string, keep: readonly string[]): Scrubber => {
    const key = `${caseId}\u0000${keep.join('\u0000')}`
    let scrubber = scrubbers.get(key)
    if (!scrubber) {
      const members = household(caseId).map((person) => ({
        firstName: person.firstName,
        lastName: person.lastName,
        otherNames: person.otherNames,
        dateOfBirth: person.dateOfBirth,
        address: person.address,
        identifiers: person.identifiers.map((identifier) => identifier.value),
      }))
      scrubber = generalTermsScrubber(members, reserved, keep)
      scrubbers.set(key, scrubber)
    }
    return scrubber
  }
  return {
    reserved,
    label: (ref) =>
      hasConsentToShare(ref.subjectConsent) ? ref.reference : noConsentCaseLabel(ref.reference, subjectInitials(ref, reserved)),
    text: (ref, text, keep = []) => (hasConsentToShare(ref.subjectConsent) ? text : scrubberFor(ref.caseId, keep)(text)),
  }
}

/** 'GP (subject)' from 'RT-2026-0102 (GP)'. */
export function subjectInitials(ref: Pick<CaseRef, 'reference' | 'displayName'>, reserved: readonly string[]): string {
  const letters = ref.displayName
    .slice(ref.reference.length)
    .trim()
    .replace(/^\((.*)\)$/u, '$1')
  return unambiguousInitials(letters || '?', reserved)
}
