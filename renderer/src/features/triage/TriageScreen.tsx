import type { SessionState } from '../../../../shared/domain/session'

export function TriageScreen({ session }: { session: SessionState }) {
  return <h1 tabIndex={-1}>Triage {session.user?.name}</h1>
}
