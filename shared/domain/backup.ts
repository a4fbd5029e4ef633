export interface BackupInfo {
  fileName: string
  createdAt: string
  sizeBytes: number
}

/** How many automatic daily backups are kept before the oldest is removed. */
export const BACKUPS_KEPT = 14

export interface RestoreOutcome {
  restoredFrom: string
  /** The database as it was just before the restore, kept as a backup. */
  keptAs: string
  /** The restored database does not know the user who restored it: they are signed out. */
  signedOut: boolean
}

/**
 * What a restore does, in order (electron/main/services/restore.ts), each
 * reported to the screen as it starts and ends. Everything up to and
 * including `migrate` works on a copy of the backup; `keep` backs up the
 * current database; only `replace` touches it.
 */
export const restoreSteps = ['file', 'key', 'integrity', 'version', 'migrate', 'keep', 'replace'] as const
export type RestoreStep = (typeof restoreSteps)[number]

export const restoreStepLabels: Record<RestoreStep, string> = {
  file: 'Checking the backup file',
  key: 'Opening it with this installation’s key',
  integrity: 'Verifying its integrity',
  version: 'Checking its schema version',
  migrate: 'Migrating it to the current version',
  keep: 'Keeping a copy of the current database',
  replace: 'Replacing the current database',
}

/** What a failed restore left, said at the step that failed. */
export type RestoreLeft =
  /** Failed before the swap: the current database was never touched. */
  | { kind: 'unchanged' }
  /** The swap failed and the copy kept a moment before was put back in its place. */
  | { kind: 'put-back'; keptAs: string }
  /** The swap failed and so did putting the kept copy back: restore that copy from this list. */
  | { kind: 'restore-kept'; keptAs: string }

export function restoreLeftStatement(left: RestoreLeft): string {
  switch (left.kind) {
    case 'unchanged':
      return 'Nothing was changed: the current database is as it was.'
    case 'put-back':
      return `The current database was put back as it was, from the copy kept as ${left.keptAs}.`
    case 'restore-kept':
      return `The database as it was is kept as ${left.keptAs}: restore that backup to go back to it.`
  }
}

/**
 * The daily backup, made in the background after start-up: where it is, for
 * the status area. `progress` is the share of the database copied so far
 * (0 to 1); `failure` says plainly why it was not made.
 */
export type BackupProgress =
  | { state: 'idle' }
  | { state: 'running'; progress: number }
  | { state: 'done'; fileName: string }
  | { state: 'skipped' }
  | { state: 'failed'; failure: string }

/** The day's backup in a sentence, for Settings and the status in the top bar. */
export function backupProgressStatement(progress: BackupProgress): string {
  switch (progress.state) {
    case 'idle':
      return "Today's backup has not started yet."
    case 'running':
      return `Making today's backup: ${Math.floor(progress.progress * 100)}% copied.`
    case 'done':
      return `Today's backup is made: ${progress.fileName}.`
    case 'skipped':
      return 'A backup was already made in the last 24 hours.'
    case 'failed':
      return progress.failure
  }
}
