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
