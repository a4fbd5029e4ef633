import { z } from 'zod'
import { id, requiredText } from './common'
import { credentialText } from './credentials'

export const userRoles = ['chair', 'practitioner', 'admin', 'viewer'] as const
export type UserRole = (typeof userRoles)[number]

export const userRoleLabels: Record<UserRole, string> = {
  chair: 'Chair',
  practitioner: 'Practitioner',
  admin: 'Administrator',
  viewer: 'Viewer',
}

export interface User {
  id: string
  name: string
  agencyId: string
  agencyName: string
  role: UserRole
  active: boolean
}

export const userCreateInput = z.object({
  name: requiredText('a name', 120),
  agencyId: z.uuid({ error: 'Choose an agency' }),
  role: z.enum(userRoles, { error: 'Choose a role' }),
  /** Their PIN (or an administrator's passphrase), checked against the role by credentialProblem. */
  credential: credentialText.default(''),
})
export type UserCreateInput = z.input<typeof userCreateInput>

/** An empty credential keeps the current one (unless the role moves to or from administrator, which needs a new one). */
export const userUpdateInput = userCreateInput.extend({ id, active: z.boolean() })
export type UserUpdateInput = z.input<typeof userUpdateInput>

/** An administrator sets or resets someone's PIN or passphrase. */
export const userSetCredentialInput = z.object({ userId: id, credential: credentialText })
export type UserSetCredentialInput = z.input<typeof userSetCredentialInput>
