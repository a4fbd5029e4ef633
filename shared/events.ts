import { restoreSteps, type RestoreLeft, type RestoreStep } from './domain/backup'

/**
 * What a write changed, named by aggregate: the one vocabulary main uses to
 * say "this is now different" and the renderer uses to refetch. Every write
 * (electron/main/services/write.ts) reports the aggregates it touched; the
 * result of the call carries them (dispatch's envelope), and the same set is
 * pushed to every other window or tab as a DataChanged event.
 */

/** One case: its record, people, consent, plan, timeline, demand and the lists that show it. */
export interface CaseChanged {
  kind: 'case'
  id: string
}
/** One meeting: its agenda, attendance, minutes, and the meetings list. */
export interface MeetingChanged {
  kind: 'meeting'
  id: string
}
/** Aggregates without an id the renderer needs: the whole list or table changed. */
export type TableKind =
  /** Every case at once (an agency or a user renamed shows on all of them). */
  | 'cases'
  | 'actions'
  | 'triage'
  | 'agencies'
  | 'users'
  | 'settings'
  | 'triageSources'
  | 'unitCosts'
  | 'exports'
  | 'backups'
  | 'audit'
  | 'retention'
  | 'session'
  /** Named cohorts and who is in them (Reports). */
  | 'cohorts'
  /** The whole database was replaced (a restore from backup): everything shown is stale. */
  | 'everything'
export interface TableChanged {
  kind: TableKind
}

export type Changed = CaseChanged | MeetingChanged | TableChanged
export type ChangedKind = Changed['kind']

export const changedKinds: readonly ChangedKind[] = [
  'case',
  'meeting',
  'cases',
  'actions',
  'triage',
  'agencies',
  'users',
  'settings',
  'triageSources',
  'unitCosts',
  'exports',
  'backups',
  'audit',
  'retention',
  'session',
  'cohorts',
  'everything',
]

/** A stable key for one changed aggregate (for sets and de-duplication). */
export const changedKey = (changed: Changed): string => ('id' in changed ? `${changed.kind}:${changed.id}` : changed.kind)

/** The set, each aggregate once, in the order first named. */
export function uniqueChanges(changes: Iterable<Changed>): Changed[] {
  const seen = new Map<string, Changed>()
  for (const change of changes) if (!seen.has(changedKey(change))) seen.set(changedKey(change), change)
  return [...seen.values()]
}

/** The push event: what changed, and which channel changed it (never who, never any data). */
export interface DataChanged {
  type: 'data-changed'
  channel: string
  changed: Changed[]
}

/** The IPC channel main pushes DataChanged on (webContents.send); not a request channel. */
export const DATA_CHANGED_EVENT = 'roundtable:data-changed'

/** Checks an event that crossed a process or network boundary before the renderer acts on it. */
export function isDataChanged(value: unknown): value is DataChanged {
  if (typeof value !== 'object' || value === null) return false
  const event = value as Partial<DataChanged>
  if (event.type !== 'data-changed' || typeof event.channel !== 'string' || !Array.isArray(event.changed)) return false
  return event.changed.every((change: unknown) => {
    if (typeof change !== 'object' || change === null) return false
    const { kind, id } = change as { kind?: unknown; id?: unknown }
    if (!changedKinds.includes(kind as ChangedKind)) return false
    return kind === 'case' || kind === 'meeting' ? typeof id === 'string' : id === undefined
  })
}

/**
 * A restore's progress, pushed to the window or tab that asked for it
 * while it runs (never to the others): which step started, finished or
 * failed, and at a failure what it said and what was left. Backup file
 * names only, never data.
 */
export type RestoreProgress =
  | { type: 'restore-progress'; step: RestoreStep; status: 'running' | 'done' }
  | { type: 'restore-progress'; step: RestoreStep; status: 'failed'; message: string; left: RestoreLeft }

/** The IPC channel main sends RestoreProgress on, to the calling window only. */
export const RESTORE_PROGRESS_EVENT = 'roundtable:restore-progress'

/** Everything main pushes: over IPC on its own channel each, over the web transport as one event stream. */
export type PushEvent = DataChanged | RestoreProgress

const leftKinds: readonly string[] = ['unchanged', 'put-back', 'restore-kept'] satisfies RestoreLeft['kind'][]

export function isRestoreProgress(value: unknown): value is RestoreProgress {
  if (typeof value !== 'object' || value === null) return false
  const event = value as { type?: unknown; step?: unknown; status?: unknown; message?: unknown; left?: unknown }
  if (event.type !== 'restore-progress' || !restoreSteps.includes(event.step as RestoreStep)) return false
  if (event.status === 'running' || event.status === 'done') return true
  if (event.status !== 'failed' || typeof event.message !== 'string') return false
  if (typeof event.left !== 'object' || event.left === null) return false
  const left = event.left as { kind?: unknown; keptAs?: unknown }
  if (!leftKinds.includes(left.kind as string)) return false
  return left.kind === 'unchanged' || typeof left.keptAs === 'string'
}
