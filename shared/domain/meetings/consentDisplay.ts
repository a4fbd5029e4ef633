import { hasConsentToShare, type ConsentStatus } from '../record/consent'
import { initials } from '../redaction'

interface NamedCase {
  reference: string
  title: string
  subjectName: string | null
}

/** Reference and initials: how a case is named where names may not be shown, and on the run-mode progress strip. */
export const agendaShortName = (item: NamedCase): string => `${item.reference} (${initials(item.subjectName ?? item.title)})`

/**
 * How a case is named on the agenda and in the minutes. Without the
 * subject's consent it appears by reference and initials only, and the
 * discussion stays in general terms (DOMAIN.md, information governance).
 */
export function agendaDisplayName(item: NamedCase & { subjectConsent: ConsentStatus | null }): string {
  if (hasConsentToShare(item.subjectConsent)) return `${item.reference} ${item.title}`
  return agendaShortName(item)
}
