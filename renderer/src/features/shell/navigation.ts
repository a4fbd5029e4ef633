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
}

export const navItems: readonly NavItem[] = [
  { path: '/dashboard', label: 'Dashboard', key: 'd', built: true },
  { path: '/triage', label: 'Triage', key: 't', built: true },
  { path: '/cases', label: 'Cases', key: 'c', built: true },
  { path: '/meetings', label: 'Meetings', key: 'm', built: true },
  { path: '/actions', label: 'Actions', key: 'a', built: true },
  { path: '/reports', label: 'Reports', key: 'r', built: true },
  { path: '/settings', label: 'Settings', key: 's', built: true },
]
