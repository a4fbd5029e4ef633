import { HashRouter, Navigate, Route, Routes } from 'react-router-dom'
import { useCallback, useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { call, onSignedOut, useApiMutation, useApiQuery } from './api/client'
import { ActionListScreen } from './features/actionList/ActionListScreen'
import { CaseRecordScreen } from './features/caseRecord/CaseRecordScreen'
import { CasesScreen } from './features/cases/CasesScreen'
import { DashboardScreen } from './features/dashboard/DashboardScreen'
import { MeetingScreen } from './features/meeting/MeetingScreen'
import { MeetingsListScreen } from './features/meeting/MeetingsListScreen'
import { ReportsScreen } from './features/reports/ReportsScreen'
import { SettingsScreen } from './features/settings/SettingsScreen'
import { TriageLogScreen } from './features/triageLog/TriageLogScreen'
import { FirstRunScreen } from './features/session/FirstRunScreen'
import { SignInScreen } from './features/session/SignInScreen'
import { useIdleLock } from './features/session/useIdleLock'
import { AppShell } from './features/shell/AppShell'
import { AuditScreen } from './features/audit/AuditScreen'
import { RetentionScreen } from './features/retention/RetentionScreen'
import { navItems } from './features/shell/navigation'
import { NotBuiltScreen } from './features/shell/NotBuiltScreen'
import { demoNotice, windowTitle } from '../../shared/domain/demo'

/** Set up → signed in → the app. Nothing with case data renders before sign-in. */
export function App() {
  const session = useApiQuery('session:get', {})
  const queryClient = useQueryClient()
  const lock = useApiMutation('session:lock')
  const signedIn = Boolean(session.data?.user)
  const settings = useApiQuery('settings:get', {}, { enabled: signedIn })
  // Demo data says so in the window title (Electron follows document.title) and on every screen.
  const demo = useApiQuery('demo:get', {}).data?.demo === true
  useEffect(() => {
    document.title = windowTitle(demo)
  }, [demo])

  // Forget everything cached about cases: the next person must sign in to see it.
  const forget = useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session:get' })
    void queryClient.invalidateQueries({ queryKey: ['session:get'] })
  }, [queryClient])
  useEffect(() => onSignedOut(forget), [forget])

  const { mutateAsync: lockNow } = lock
  const onLock = useCallback(async () => {
    await lockNow({})
    queryClient.clear()
  }, [lockNow, queryClient])
  useIdleLock(
    signedIn ? settings.data?.idleLockMinutes : undefined,
    () => void onLock(),
    () => void call('session:active', {}),
  )

  if (session.isPending) return <p className="centred-panel">Opening Roundtable…</p>
  if (session.isError)
    return (
      <main className="centred-panel" id="main">
        <h1>Roundtable could not open</h1>
        <p role="alert">{session.error.message}</p>
      </main>
    )
  const banner = demo && (
    <p className="demo-banner" role="note">
      {demoNotice}
    </p>
  )
  if (!session.data.setUp) return <FirstRunScreen />
  if (!session.data.user)
    return (
      <>
        {banner}
        <SignInScreen organisationName={session.data.organisationName} />
      </>
    )

  return (
    <HashRouter>
      {banner}
      <AppShell session={session.data} onLock={() => void onLock()}>
        <Routes>
          <Route path="/" element={<Navigate to="/cases" replace />} />
          <Route path="/dashboard" element={<DashboardScreen />} />
          <Route path="/cases" element={<CasesScreen session={session.data} />} />
          <Route path="/cases/:caseId" element={<CaseRecordScreen session={session.data} />} />
          <Route path="/triage" element={<TriageLogScreen session={session.data} />} />
          <Route path="/settings" element={<SettingsScreen session={session.data} />} />
          <Route path="/audit" element={<AuditScreen session={session.data} />} />
          <Route path="/retention" element={<RetentionScreen session={session.data} />} />
          <Route path="/reports" element={<ReportsScreen session={session.data} />} />
          <Route path="/meetings" element={<MeetingsListScreen />} />
          <Route path="/actions" element={<ActionListScreen session={session.data} />} />
          <Route path="/meetings/:meetingId" element={<MeetingScreen session={session.data} />} />
          {navItems
            .filter((item) => !item.built)
            .map((item) => (
              <Route key={item.path} path={item.path} element={<NotBuiltScreen title={item.label} />} />
            ))}
          <Route path="*" element={<Navigate to="/cases" replace />} />
        </Routes>
      </AppShell>
    </HashRouter>
  )
}
