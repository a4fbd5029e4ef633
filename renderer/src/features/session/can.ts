import { mayCall } from '../../../../shared/domain/policy'
import type { SessionState } from '../../../../shared/domain/session'
import type { Channel } from '../../../../shared/ipc'

/** Whether the signed-in user may call a channel: the same table main enforces, so the screen offers only what will work. */
export const can = (session: SessionState, channel: Channel): boolean => session.user !== null && mayCall(channel, session.user.role)
