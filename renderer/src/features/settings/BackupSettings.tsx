import { useApiMutation, useApiQuery } from '../../api/client'
import { backupProgressStatement } from '../../../../shared/domain/backup'
import { useAnnounce } from '../../components/Announcer'
import { useBackupStatus } from '../shell/BackupStatus'
import { RestoreBackup } from './RestoreBackup'

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** Encrypted backups: one a day automatically, and on demand before anything risky. */
export function BackupSettings({ canBackUp, canRestore }: { canBackUp: boolean; canRestore: boolean }) {
  const backups = useApiQuery('backup:list', {})
  const backupNow = useApiMutation('backup:now')
  const today = useBackupStatus()
  const announce = useAnnounce()
  const run = async () => {
    const result = await backupNow.mutateAsync({})
    announce(result.ok ? `Backup made: ${result.value.fileName}` : result.error.message)
  }
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      <p>
        Roundtable backs up its encrypted database once a day, in the background soon after it starts, and keeps the latest fourteen in the{' '}
        <code>backups</code> folder beside it. Copy that folder to your organisation&apos;s secure storage as your local policy requires.
      </p>
      {today.data && <p className="backup-today">{backupProgressStatement(today.data)}</p>}
      {canBackUp && (
        <button type="button" className="primary" onClick={() => void run()} disabled={backupNow.isPending}>
          Back up now
        </button>
      )}
      <table className="plain-table">
        <caption className="visually-hidden">Backups</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">File</th>
            <th scope="col">Size</th>
            {canRestore && <th scope="col">Restore</th>}
          </tr>
        </thead>
        <tbody>
          {backups.data?.length === 0 && (
            <tr>
              <td colSpan={canRestore ? 4 : 3}>No backups yet.</td>
            </tr>
          )}
          {backups.data?.map((backup) => (
            <tr key={backup.fileName}>
              <td>{timeFormat.format(new Date(backup.createdAt))}</td>
              <td>{backup.fileName}</td>
              <td>{sizeFormat.format(backup.sizeBytes / 1024)} KB</td>
              {canRestore && (
                <td>
                  <RestoreBackup fileName={backup.fileName} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
