import { z } from 'zod'
import { requiredText } from './common'

/** Team-wide settings an administrator changes in Settings. */
export interface AppSettings {
  organisationName: string
  confidentialityStatement: string
  highRiskNotDiscussedWeeks: number
  escalationMeetings: number
  dueSoonDays: number
  protectiveMarking: string
  /** Minutes without a key press or click before Roundtable locks itself. */
  idleLockMinutes: number
  /** Whether users other than administrators may sign in without a PIN. */
  pinOptional: boolean
}

export const defaultConfidentialityStatement =
  'Information shared in this meeting is confidential. It is shared to protect people and to plan support, under the information-sharing agreement between the agencies present. ' +
  'It must not be passed on except as agreed in this meeting, and records must be kept securely by each agency.'

export const defaultAppSettings: Omit<AppSettings, 'organisationName'> = {
  confidentialityStatement: defaultConfidentialityStatement,
  highRiskNotDiscussedWeeks: 4,
  escalationMeetings: 3,
  dueSoonDays: 7,
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  idleLockMinutes: 10,
  pinOptional: false,
}

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label}` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be ${max} or fewer`)

export const appSettingsInput = z.object({
  organisationName: requiredText('the organisation name', 120),
  confidentialityStatement: requiredText('the confidentiality statement', 4000),
  highRiskNotDiscussedWeeks: wholeNumber('Weeks', 1, 52),
  escalationMeetings: wholeNumber('Meetings', 1, 20),
  dueSoonDays: wholeNumber('Days', 1, 60),
  protectiveMarking: requiredText('the protective marking', 60),
  idleLockMinutes: wholeNumber('Minutes', 1, 240).default(defaultAppSettings.idleLockMinutes),
  pinOptional: z.boolean().default(defaultAppSettings.pinOptional),
})

/** The organisation's logo for documents: a PNG, sent as base64; an empty string removes it. */
export const MAX_LOGO_BYTES = 512 * 1024
export const logoInput = z.object({
  pngBase64: z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4, 'The logo must be 512 KB or smaller')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The logo file could not be read'),
})
