import { z } from 'zod'
import { id, requiredText } from './common'

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
})
export type UserCreateInput = z.input<typeof userCreateInput>

export const userUpdateInput = userCreateInput.extend({ id, active: z.boolean() })
export type UserUpdateInput = z.input<typeof userUpdateInput>
