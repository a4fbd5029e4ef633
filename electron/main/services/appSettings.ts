import type { z } from 'zod'
import { defaultAppSettings, type AppSettings, type appSettingsInput } from '../../../shared/domain/appSettings'
import { getSetting, putSetting } from '../db/repos/settings'
import type { ServiceContext } from './context'
import { write } from './write'

export const ORGANISATION_NAME = 'organisation.name'

const keys = {
  confidentialityStatement: 'meetings.confidentialityStatement',
  highRiskNotDiscussedWeeks: 'agenda.highRiskNotDiscussedWeeks',
  escalationMeetings: 'agenda.escalationMeetings',
  dueSoonDays: 'actions.dueSoonDays',
  protectiveMarking: 'exports.protectiveMarking',
  idleLockMinutes: 'session.idleLockMinutes',
  pinOptional: 'session.pinOptional',
} as const

const numberSetting = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/** Settings are rows in one table, so a change is one transaction: never a half-written file. */
export function read(ctx: ServiceContext): AppSettings {
  const db = ctx.db
  return {
    organisationName: getSetting(db, ORGANISATION_NAME) ?? '',
    confidentialityStatement: getSetting(db, keys.confidentialityStatement) ?? defaultAppSettings.confidentialityStatement,
    highRiskNotDiscussedWeeks: numberSetting(getSetting(db, keys.highRiskNotDiscussedWeeks), defaultAppSettings.highRiskNotDiscussedWeeks),
    escalationMeetings: numberSetting(getSetting(db, keys.escalationMeetings), defaultAppSettings.escalationMeetings),
    dueSoonDays: numberSetting(getSetting(db, keys.dueSoonDays), defaultAppSettings.dueSoonDays),
    protectiveMarking: getSetting(db, keys.protectiveMarking) ?? defaultAppSettings.protectiveMarking,
    idleLockMinutes: idleLockMinutes(ctx),
    pinOptional: pinOptional(ctx),
  }
}

/** Read on every call by the session gate, so a change in Settings applies at once. */
export function idleLockMinutes(ctx: ServiceContext): number {
  return numberSetting(getSetting(ctx.db, keys.idleLockMinutes), defaultAppSettings.idleLockMinutes)
}

export function pinOptional(ctx: ServiceContext): boolean {
  const value = getSetting(ctx.db, keys.pinOptional)
  return value === undefined ? defaultAppSettings.pinOptional : value === 'true'
}

export function save(ctx: ServiceContext, input: z.output<typeof appSettingsInput>): AppSettings {
  return write(ctx, { access: 'administer', action: 'update', entity: 'settings' }, ({ at, changed }) => {
    putSetting(ctx.db, ORGANISATION_NAME, input.organisationName, at)
    for (const [field, key] of Object.entries(keys) as Array<[keyof typeof keys, string]>) putSetting(ctx.db, key, String(input[field]), at)
    changed({ kind: 'settings' }, { kind: 'session' })
    return read(ctx)
  })
}
