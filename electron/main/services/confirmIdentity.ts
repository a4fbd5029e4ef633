import type { ServiceContext } from './context'
import { fieldError } from './errors'

/**
 * The re-prompt before an irreversible act (erasing a case). This is the
 * one seam to change when users have credentials: then it checks
 * `confirmation` against the acting user's passphrase. Until then the
 * administrator confirms by re-typing the case reference, which proves a
 * deliberate act on the right case but not who is at the keyboard.
 */
export function confirmIrreversible(_ctx: ServiceContext, _actorId: string, expectedReference: string, confirmation: string): void {
  if (confirmation.trim().toUpperCase() !== expectedReference.toUpperCase()) {
    throw fieldError('confirmation', `Type the case reference ${expectedReference} to confirm`)
  }
}
