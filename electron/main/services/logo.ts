import type { z } from 'zod'
import type { logoInput } from '../../../shared/domain/appSettings'
import { pngSize } from '../export/houseStyle'
import { getSetting, putSetting } from '../db/repos/settings'
import type { ServiceContext } from './context'
import { fieldError } from './errors'
import { write } from './write'

const LOGO = 'exports.logoPngBase64'

export function logoBytes(ctx: ServiceContext): Uint8Array | null {
  const stored = getSetting(ctx.db, LOGO)
  return stored ? new Uint8Array(Buffer.from(stored, 'base64')) : null
}

export const hasLogo = (ctx: ServiceContext): boolean => Boolean(getSetting(ctx.db, LOGO))

/** Only a real PNG with a size is kept: a bad file is refused here, never at export time. */
export function saveLogo(ctx: ServiceContext, input: z.output<typeof logoInput>): { hasLogo: boolean } {
  return write(ctx, { access: 'administer', action: 'update', entity: 'settings' }, ({ at, audit, changed }) => {
    if (input.pngBase64 !== '') {
      try {
        pngSize(new Uint8Array(Buffer.from(input.pngBase64, 'base64')))
      } catch {
        throw fieldError('pngBase64', 'Choose a PNG image for the logo')
      }
    }
    putSetting(ctx.db, LOGO, input.pngBase64, at)
    audit({ detail: { field: 'logo' } })
    changed({ kind: 'settings' })
    return { hasLogo: input.pngBase64 !== '' }
  })
}
