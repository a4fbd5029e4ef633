export interface BackupInfo {
  fileName: string
  createdAt: string
  sizeBytes: number
}

/** How many automatic daily backups are kept before the oldest is removed. */
export const BACKUPS_KEPT = 14
