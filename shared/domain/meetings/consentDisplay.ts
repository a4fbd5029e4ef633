import { hasConsentToShare, type ConsentStatus } from '../record/consent'
import { initials } from '../redaction'

/**
 * How a case is named on the agenda and in the minutes. Without the
 * subject's consent it appears by reference and initials only, and the
 * discussion stays in general terms (DOMAIN.md, information governance).
 */
export function agendaDisplayName(item: { reference: string; title: string; subjectName: string | null; subjectConsent: ConsentStatus | null }): string {
  if (hasConsentToShare(item.subjectConsent)) return `${item.reference} ${item.title}`
  const name = item.subjectName ?? item.title
  return `${item.reference} (${initials(name)})`
}
