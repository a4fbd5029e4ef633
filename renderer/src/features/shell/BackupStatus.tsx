import { useEffect } from 'react'
import { Link } from 'react-router-dom'
import { backupProgressStatement, type BackupProgress } from '../../../../shared/domain/backup'
import { useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'

/**
 * The day's backup runs in the background after start-up (issue 11): while
 * it runs its progress is read every second; main tells every window when
 * it starts and ends, so otherwise nothing polls.
 */
export function useBackupStatus() {
  return useApiQuery('backup:status', {}, { refetchInterval: (query) => (query.state.data?.state === 'running' ? 1000 : false) })
}

/**
 * Shown in the top bar while the backup runs, or if it failed (with the way
 * to Settings); nothing otherwise. Only a failure is announced: a backup
 * going well is no reason to interrupt what a screen reader is saying.
 */
export function BackupStatus() {
  const progress: BackupProgress | undefined = useBackupStatus().data
  const announce = useAnnounce()
  const failure = progress?.state === 'failed' ? progress.failure : null
  useEffect(() => {
    if (failure) announce(failure)
  }, [failure, announce])
  if (progress?.state === 'running') return <span className="backup-status">{backupProgressStatement(progress)}</span>
  if (progress?.state === 'failed')
    return (
      <span className="backup-status">
        <Link to="/settings">Today&apos;s backup failed: see Settings</Link>
      </span>
    )
  return null
}
