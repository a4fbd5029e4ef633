import { useParams } from 'react-router-dom'
import type { SessionState } from '../../../../shared/domain/session'

export function CaseScreen({ session }: { session: SessionState }) {
  const { caseId } = useParams()
  return <h1 tabIndex={-1}>Case {caseId} {session.user?.name}</h1>
}
