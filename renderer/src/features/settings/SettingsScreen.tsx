import type { SessionState } from '../../../../shared/domain/session'
import { AuditLog } from '../audit/AuditLog'
import { RetentionSettings } from '../retention/RetentionSettings'
import { AgenciesSettings } from './AgenciesSettings'
import { BackupSettings } from './BackupSettings'
import { ExportRegister } from './ExportRegister'
import { LogoSettings } from './LogoSettings'
import { OwnCredentialSettings } from './OwnCredentialSettings'
import { TeamSettings } from './TeamSettings'
import { TriageSourcesSettings } from './TriageSourcesSettings'
import { UnitCostsSettings } from './UnitCostsSettings'
import { UsersSettings } from './UsersSettings'
import { can } from '../session/can'

export function SettingsScreen({ session }: { session: SessionState }) {
  const canEdit = can(session, 'settings:save')
  return (
    <>
      <h1 tabIndex={-1}>Settings</h1>
      {!canEdit && <p className="notice">Only an administrator can change these settings.</p>}
      <div className="settings-sections">
        {session.user && <OwnCredentialSettings user={session.user} />}
        <TeamSettings canEdit={canEdit} />
        <LogoSettings canEdit={canEdit} />
        <AgenciesSettings canEdit={canEdit} />
        <UsersSettings canEdit={canEdit} />
        <TriageSourcesSettings canEdit={canEdit} />
        <UnitCostsSettings canEdit={canEdit} />
        <BackupSettings canBackUp={can(session, 'backup:now')} canRestore={can(session, 'backup:restore')} />
        <ExportRegister />
        {canEdit && <RetentionSettings />}
        {canEdit && <AuditLog />}
      </div>
    </>
  )
}
