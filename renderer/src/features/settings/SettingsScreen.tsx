import type { SessionState } from '../../../../shared/domain/session'
import { AgenciesSettings } from './AgenciesSettings'
import { BackupSettings } from './BackupSettings'
import { ExportRegister } from './ExportRegister'
import { LogoSettings } from './LogoSettings'
import { TeamSettings } from './TeamSettings'
import { UnitCostsSettings } from './UnitCostsSettings'
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
        <UnitCostsSettings canEdit={canEdit} />
        <BackupSettings canBackUp={session.user?.role !== 'viewer'} />
        <ExportRegister />
      </div>
    </>
  )
}
