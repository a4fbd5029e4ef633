import { useState } from 'react'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'

/**
 * Restore one backup (administrators). The main process checks the backup
 * before anything changes and keeps the current database as a backup first;
 * while it works the button says so and a progress bar is shown.
 */
export function RestoreBackup({ fileName }: { fileName: string }) {
  const restore = useApiMutation('backup:restore')
  const announce = useAnnounce()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async () => {
    setError(null)
    const result = await restore.mutateAsync({ fileName })
    setConfirming(false)
    if (!result.ok) {
      setError(result.error.message)
      announce(`Not restored: ${result.error.message}`)
      return
    }
    // Every screen's data came from the database just replaced: the restore's changed set says 'everything'.
    announce(`Restored ${result.value.restoredFrom}. The database as it was is kept as ${result.value.keptAs}.`)
  }
  if (restore.isPending) {
    return (
      <span role="status">
        <progress aria-label={`Restoring ${fileName}`} /> Checking the backup, keeping a copy of the current database, restoring…
      </span>
    )
  }
  return (
    <>
      {confirming ? (
        <span>
          Replace the current database with this backup? The current one is kept as a backup first.{' '}
          <button type="button" className="primary" onClick={() => void run()}>
            Restore {fileName}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Restore ${fileName}`}>
          Restore…
        </button>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
