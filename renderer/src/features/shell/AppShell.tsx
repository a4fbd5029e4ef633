import { useEffect, useRef, useState, type ReactNode } from 'react'
import { NavLink, useLocation, useNavigate } from 'react-router-dom'
import type { SessionState } from '../../../../shared/domain/session'
import { can } from '../session/can'
import { BackupStatus } from './BackupStatus'
import { GlobalSearch } from './GlobalSearch'
import { navItems } from './navigation'
import { ShortcutHelp } from './ShortcutHelp'
import { useGlobalShortcuts } from './useShortcuts'

interface AppShellProps {
  session: SessionState
  onLock: () => void
  children: ReactNode
}

/** Skip link, left navigation, who is signed in (with lock), and the main landmark. */
export function AppShell({ session, onLock, children }: AppShellProps) {
  const navigate = useNavigate()
  const location = useLocation()
  const [helpOpen, setHelpOpen] = useState(false)
  const [searchOpen, setSearchOpen] = useState(false)
  const mainRef = useRef<HTMLElement>(null)
  // Screens the signed-in user's role may open: the rest are neither listed nor reachable by shortcut.
  const items = navItems.filter((item) => !item.needs || can(session, item.needs))

  useGlobalShortcuts({
    go: (key) => {
      const item = items.find((candidate) => candidate.key === key && candidate.built)
      if (item) void navigate(item.path)
    },
    help: () => setHelpOpen(true),
    lock: onLock,
    search: () => setSearchOpen(true),
  })

  // On each new screen, move focus to its heading so screen-reader users know where they are.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [location.pathname])

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
        }}
      >
        Skip to main content
      </a>
      <header className="top-bar">
        <span className="brand">Roundtable</span>
        <span className="organisation">{session.organisationName}</span>
        <BackupStatus />
        <span className="who">
          Signed in as <strong>{session.user?.name}</strong> ({session.user?.agencyName})
        </span>
        <button type="button" onClick={() => setSearchOpen(true)} aria-keyshortcuts="/ Control+K">
          Search
        </button>
        <button type="button" onClick={onLock} aria-keyshortcuts="Control+L">
          Lock
        </button>
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          Shortcuts
        </button>
      </header>
      <nav className="side-nav" aria-label="Main">
        <ul>
          {items.map((item) =>
            item.built ? (
              <li key={item.path}>
                <NavLink to={item.path} aria-keyshortcuts={`g ${item.key}`}>
                  {item.label}
                </NavLink>
              </li>
            ) : (
              <li key={item.path} className="nav-not-built">
                {item.label} <span className="soon">(not built yet)</span>
              </li>
            ),
          )}
        </ul>
      </nav>
      <main id="main" ref={mainRef}>
        {children}
      </main>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <GlobalSearch open={searchOpen} onClose={() => setSearchOpen(false)} />
    </div>
  )
}
