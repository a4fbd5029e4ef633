import type { SessionState } from '../../../../shared/domain/session'
import { Link } from 'react-router-dom'
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
        {canEdit && (
          <section aria-labelledby="governance-heading">
            <h2 id="governance-heading">Information governance</h2>
            <p>
              The <Link to="/audit">audit log</Link> (g then l) and <Link to="/retention">retention and erasure</Link> (g then e) have their
              own screens.
            </p>
          </section>
        )}
      </div>
    </>
  )
}
