import type { z } from 'zod'
import type { logoInput } from '../../../shared/domain/appSettings'
import { pngSize } from '../export/houseStyle'
import { appendAudit } from '../db/repos/audit'
import { getSetting, putSetting } from '../db/repos/settings'
import { isoNow, requireRole, type ServiceContext } from './context'
import { fieldError } from './errors'

const LOGO = 'exports.logoPngBase64'

export function logoBytes(ctx: ServiceContext): Uint8Array | null {
  const stored = getSetting(ctx.db, LOGO)
  return stored ? new Uint8Array(Buffer.from(stored, 'base64')) : null
}

export const hasLogo = (ctx: ServiceContext): boolean => Boolean(getSetting(ctx.db, LOGO))

/** Only a real PNG with a size is kept: a bad file is refused here, never at export time. */
export function saveLogo(ctx: ServiceContext, input: z.output<typeof logoInput>): { hasLogo: boolean } {
  const actor = requireRole(ctx, 'administer')
  if (input.pngBase64 !== '') {
    try {
      pngSize(new Uint8Array(Buffer.from(input.pngBase64, 'base64')))
    } catch {
      throw fieldError('pngBase64', 'Choose a PNG image for the logo')
    }
  }
  const at = isoNow(ctx)
  putSetting(ctx.db, LOGO, input.pngBase64, at)
  appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'settings', entityId: null, detail: { field: 'logo' } })
  return { hasLogo: input.pngBase64 !== '' }
}
