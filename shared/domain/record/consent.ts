import { z } from 'zod'
import { id, isoDate, optionalText } from '../common'

export const consentStatuses = ['not_asked', 'given', 'refused', 'withdrawn'] as const
export type ConsentStatus = (typeof consentStatuses)[number]
export const consentStatusLabels: Record<ConsentStatus, string> = {
  not_asked: 'Not yet asked',
  given: 'Given',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
}

export const lawfulBases = [
  'consent',
  'public_task',
  'vital_interests',
  'legal_obligation',
  'legitimate_interests',
  'safeguarding',
] as const
export type LawfulBasis = (typeof lawfulBases)[number]
export const lawfulBasisLabels: Record<LawfulBasis, string> = {
  consent: 'Consent of the person',
  public_task: 'Public task (statutory duties)',
  vital_interests: 'Vital interests (to protect life)',
  legal_obligation: 'Legal obligation',
  legitimate_interests: 'Legitimate interests',
  safeguarding: 'Safeguarding (Children Act 1989 / Care Act 2014)',
}

/** The badge shown wherever a case appears whose subject has not consented. */
export const NO_CONSENT_BADGE = 'No consent to share'

/** Only an explicit, current "given" allows sharing; not asked is not consent. */
export const hasConsentToShare = (status: ConsentStatus | null | undefined): boolean => status === 'given'

export const consentInput = z
  .object({
    personId: id,
    status: z.enum(consentStatuses, { error: 'Choose the consent status' }),
    recordedOn: isoDate.nullable().default(null),
    scope: optionalText('scope', 500),
    lawfulBasis: z.enum(lawfulBases, { error: 'Choose the lawful basis for holding and sharing this information' }),
  })
  .superRefine((value, context) => {
    if (value.status !== 'not_asked' && value.recordedOn === null) {
      context.addIssue({ code: 'custom', path: ['recordedOn'], message: 'Enter the date consent was given, refused or withdrawn' })
    }
    if (value.status === 'given' && value.scope === '') {
      context.addIssue({ code: 'custom', path: ['scope'], message: 'Say what the person agreed to share, and with whom' })
    }
  })
export type ConsentInput = z.input<typeof consentInput>
