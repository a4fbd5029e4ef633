import type { z } from 'zod'
import { closureReasons, type ClosureReason } from '../../../shared/domain/record/lifecycle'
import {
  daysPastRetention,
  defaultRetentionPolicy,
  retentionYears,
  howLongPast,
  retentionEndsOn,
  type RetentionDueCase,
  type RetentionPolicy,
  type retentionPolicyInput,
} from '../../../shared/domain/retention'
import { casesInApprovedMinutes, closedCases } from '../db/repos/erasure'
import { getSetting, putSetting } from '../db/repos/settings'
import { today } from './caseRecord'
import { requireRole, type ServiceContext } from './context'
import { write } from './write'

const key = (reason: ClosureReason) => `retention.years.${reason}`

const isClosureReason = (value: string | null): value is ClosureReason => closureReasons.some((reason) => reason === value)

/** Settings rows, one per closure reason; a missing or unreadable one is the default (six years). */
export function readPolicy(ctx: ServiceContext): RetentionPolicy {
  const policy: RetentionPolicy = { ...defaultRetentionPolicy }
  for (const reason of closureReasons) {
    const stored = Number(getSetting(ctx.db, key(reason)))
    if (Number.isInteger(stored) && stored > 0) policy[reason] = stored
  }
  return policy
}

export function getPolicy(ctx: ServiceContext): RetentionPolicy {
  requireRole(ctx, 'administer')
  return readPolicy(ctx)
}

export function savePolicy(ctx: ServiceContext, input: z.output<typeof retentionPolicyInput>): RetentionPolicy {
  return write(ctx, { access: 'administer', action: 'update', entity: 'settings' }, ({ at, audit, changed }) => {
    for (const reason of closureReasons) putSetting(ctx.db, key(reason), String(input[reason]), at)
    audit({ detail: { field: 'retention', years: input } })
    changed({ kind: 'retention' })
    return readPolicy(ctx)
  })
}

/** Closed cases past their retention on today's London date, longest past first (the view is audited in ipc/readAudit.ts). */
export function due(ctx: ServiceContext): RetentionDueCase[] {
  requireRole(ctx, 'administer')
  const policy = readPolicy(ctx)
  const on = today(ctx)
  const inMinutes = casesInApprovedMinutes(ctx.db)
  const rows = closedCases(ctx.db).flatMap((row): RetentionDueCase[] => {
    if (!row.closed_at) return []
    const reason = isClosureReason(row.closure_reason) ? row.closure_reason : null
    const years = retentionYears(policy, row.closure_reason)
    const daysPast = daysPastRetention(row.closed_at, years, on)
    if (daysPast <= 0) return []
    const endsOn = retentionEndsOn(row.closed_at, years)
    return [
      {
        caseId: row.id,
        reference: row.reference,
        closedAt: row.closed_at,
        closureReason: reason,
        endsOn,
        daysPast,
        howLongPast: howLongPast(endsOn, on),
        inApprovedMinutes: inMinutes.has(row.id),
      },
    ]
  })
  return rows.sort((a, b) => b.daysPast - a.daysPast)
}
