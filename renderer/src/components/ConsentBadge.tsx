import { hasConsentToShare, NO_CONSENT_BADGE, type ConsentStatus } from '../../../shared/domain/record/consent'

/**
 * "No consent to share", the same everywhere a case appears (tables, case
 * header, agenda, run mode). Shown unless the subject's current consent is
 * 'given': not yet asked is not consent.
 */
export function ConsentBadge({ status }: { status: ConsentStatus | null }) {
  if (hasConsentToShare(status)) return null
  return (
    <span className="badge no-consent" title={status === null ? 'Consent not recorded' : undefined}>
      <span aria-hidden="true">⊘ </span>
      {NO_CONSENT_BADGE}
    </span>
  )
}
