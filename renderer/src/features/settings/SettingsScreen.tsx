import type { SessionState } from '../../../../shared/domain/session'
import { AuditLog } from '../audit/AuditLog'
import { RetentionSettings } from '../retention/RetentionSettings'
import { AgenciesSettings } from './AgenciesSettings'
import { BackupSettings } from './BackupSettings'
import { ExportRegister } from './ExportRegister'
import { LogoSettings } from './LogoSettings'
import { TeamSettings } from './TeamSettings'
import { UsersSettings } from './UsersSettings'

export function SettingsScreen({ session }: { session: SessionState }) {
  const canEdit = session.user?.role === 'admin'
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {!canEdit && <p className="notice">Only an administrator can change these settings.</p>}
      <div className="settings-sections">
        <TeamSettings canEdit={canEdit} />
        <LogoSettings canEdit={canEdit} />
        <AgenciesSettings canEdit={canEdit} />
        <UsersSettings canEdit={canEdit} />
        <BackupSettings canBackUp={session.user?.role !== 'viewer'} canRestore={canEdit} />
        <ExportRegister />
        {canEdit && <RetentionSettings />}
        {canEdit && <AuditLog />}
      </div>
    </>
  )
}
