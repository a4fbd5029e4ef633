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
