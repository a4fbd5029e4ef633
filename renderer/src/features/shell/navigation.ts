import type { Channel } from '../../../../shared/ipc'

/**
 * The left navigation, in the order users meet their work. `built: false`
 * screens are listed so people know they are coming, but are not links.
 */
export interface NavItem {
  path: string
  label: string
  /** Second key of the "g then key" shortcut. */
  key: string
  built: boolean
  /** Shown (and its shortcut works) only for users who may call this channel (shared/domain/policy). */
  needs?: Channel
  /** Who that is, for the shortcut list. */
  for?: string
}

export const navItems: readonly NavItem[] = [
  { path: '/dashboard', label: 'Dashboard', key: 'd', built: true },
  { path: '/triage', label: 'Triage', key: 't', built: true },
  { path: '/cases', label: 'Cases', key: 'c', built: true },
  { path: '/meetings', label: 'Meetings', key: 'm', built: true },
  { path: '/actions', label: 'Actions', key: 'a', built: true },
  { path: '/reports', label: 'Reports', key: 'r', built: true },
  { path: '/settings', label: 'Settings', key: 's', built: true },
  { path: '/audit', label: 'Audit log', key: 'l', built: true, needs: 'audit:list', for: 'administrators' },
  { path: '/retention', label: 'Retention', key: 'e', built: true, needs: 'retention:due', for: 'administrators' },
]
