import { AsyncLocalStorage } from 'node:async_hooks'
import type { Access } from '../../../shared/domain/policy'
import { uniqueChanges, type Changed } from '../../../shared/events'
import type { Db } from '../db/connection'
import { appendAudit } from '../db/repos/audit'
import { isoNow, requireRole, type ServiceContext } from './context'

/**
 * The one write path. Every service that changes data goes through
 * `write`: it checks the caller's role (read afresh) against the access rule
 * of shared/domain/policy, runs the work in one IMMEDIATE transaction, writes
 * the audit rows in that same transaction, and, once it has committed,
 * reports the aggregates it changed to the call in progress, which dispatch
 * returns with the result and pushes to the other windows (shared/events).
 * A test (tests/unit/writePath.test.ts) fails if a service opens a
 * transaction or appends to the audit log anywhere but here.
 */

/** One audit row. Ids and field names only: never a name or free text about a person. */
export interface AuditNote {
  /** Defaults to the write's action. */
  action?: string
  /** Defaults to the write's entity. */
  entity?: string
  entityId?: string | null
  detail?: Record<string, unknown>
  /** Defaults to the acting user (set it for sign-in, where the actor is who signs in). */
  actorId?: string | null
}

export interface WriteSpec<A extends Access> {
  /** The access rule the caller must pass now (not the one they signed in with). */
  access: A
  /** The audit row's verb and entity, unless a note says otherwise. */
  action: string
  entity: string
}

/** Before sign-in (set-up, sign-in, lock) there may be no actor. */
type ActorOf<A extends Access> = A extends 'anyone' ? string | null : string

/** What the work sees: the actor, one timestamp, and how to say what it audited and changed. */
export interface WriteScope<Actor extends string | null = string> {
  readonly db: Db
  readonly actor: Actor
  /** One moment for every row this write stamps. */
  readonly at: string
  /** Adds an audit row. With none added, the write leaves one row: its action and entity. */
  audit(note?: AuditNote): void
  /** Names aggregates this write changed (each once, whatever the repeats). */
  changed(...changes: Changed[]): void
  /**
   * Nothing to audit or report: the write found nothing to do, or it is
   * bookkeeping whose caller audits the act itself (a credential re-hashed
   * as its user signs in). Rows added with `audit` are still written.
   */
  unchanged(): void
}

/** The aggregates changed by the calls of one request, collected for dispatch. */
const collector = new AsyncLocalStorage<Changed[]>()

export function write<A extends Access, T>(ctx: ServiceContext, spec: WriteSpec<A>, work: (scope: WriteScope<ActorOf<A>>) => T): T {
  const actor = (spec.access === 'anyone' ? ctx.actorId() : requireRole(ctx, spec.access as Exclude<Access, 'anyone'>)) as ActorOf<A>
  const changes: Changed[] = []
  const outcome = ctx.db
    .transaction(() => {
      const at = isoNow(ctx)
      const notes: AuditNote[] = []
      let nothing = false
      const scope: WriteScope<ActorOf<A>> = {
        db: ctx.db,
        actor,
        at,
        audit: (note = {}) => void notes.push(note),
        changed: (...more) => void changes.push(...more),
        unchanged: () => {
          nothing = true
        },
      }
      const value = work(scope)
      if (notes.length === 0 && !nothing) notes.push({})
      for (const note of notes) {
        appendAudit(ctx.db, {
          at,
          actorId: note.actorId !== undefined ? note.actorId : actor,
          action: note.action ?? spec.action,
          entity: note.entity ?? spec.entity,
          entityId: note.entityId ?? null,
          ...(note.detail ? { detail: note.detail } : {}),
        })
      }
      if (nothing && notes.length === 0) changes.length = 0
      else changes.push({ kind: 'audit' })
      return value
    })
    .immediate()
  // Only what committed is reported: a refused or failed write changed nothing.
  collector.getStore()?.push(...changes)
  return outcome
}

/**
 * Reads that must agree with each other (a report's sections) in one read
 * transaction, so a write landing in between cannot split them.
 */
export function readTogether<T>(ctx: ServiceContext, read: () => T): T {
  return ctx.db.transaction(read).deferred()
}

/**
 * An audited read that is itself a service's own business (the audit log
 * viewed or exported): one row, no role check here (the caller made it),
 * nothing reported as changed but the audit log itself.
 */
export function auditRead(ctx: ServiceContext, note: Required<Pick<AuditNote, 'action' | 'entity'>> & AuditNote): void {
  appendAudit(ctx.db, {
    at: isoNow(ctx),
    actorId: note.actorId !== undefined ? note.actorId : ctx.actorId(),
    action: note.action,
    entity: note.entity,
    entityId: note.entityId ?? null,
    ...(note.detail ? { detail: note.detail } : {}),
  })
}

/** Runs one request and gathers what every write inside it changed (dispatch calls this). */
export async function collectChanges<T>(run: () => Promise<T>): Promise<{ value: T; changed: Changed[] }> {
  const changes: Changed[] = []
  const value = await collector.run(changes, run)
  return { value, changed: uniqueChanges(changes) }
}

/** What a helper inside someone else's write needs to leave its own audit rows. */
export type Audits = WriteScope<string | null>['audit']
