import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'

/** The desktop app has one window, so one session; tests use it too. */
export const DESKTOP_SESSION = 'desktop'

interface Session {
  userId: string | null
  /** When the last admitted call arrived (ms since the epoch), for the idle lock. */
  lastActiveAt: number
}

/** A signed-out web session nobody has used for a day is forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000

/**
 * Who is at the keyboard, per session. Held in the main process only. The
 * desktop app has one session; in web mode each browser tab gets its own
 * (a random key sent with every call), so two people signed in from two
 * browsers never act as each other. A call runs `within` its session's key,
 * and every service reads the actor of that session through ctx.actorId.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>([[DESKTOP_SESSION, { userId: null, lastActiveAt: 0 }]])
  private readonly scope = new AsyncLocalStorage<string>()

  within<T>(key: string, fn: () => T): T {
    return this.scope.run(key, fn)
  }

  /** A new web session, signed out. */
  open(nowMs: number): string {
    for (const [key, session] of this.sessions) {
      if (key !== DESKTOP_SESSION && session.userId === null && nowMs - session.lastActiveAt > FORGET_AFTER_MS) this.sessions.delete(key)
    }
    const key = randomBytes(24).toString('base64url')
    this.sessions.set(key, { userId: null, lastActiveAt: nowMs })
    return key
  }

  has(key: string): boolean {
    return this.sessions.has(key)
  }

  private session(): Session {
    const key = this.scope.getStore() ?? DESKTOP_SESSION
    let session = this.sessions.get(key)
    if (!session) {
      session = { userId: null, lastActiveAt: 0 }
      this.sessions.set(key, session)
    }
    return session
  }

  current(): string | null {
    return this.session().userId
  }

  set(userId: string | null, nowMs: number): void {
    const session = this.session()
    session.userId = userId
    session.lastActiveAt = nowMs
  }

  lastActiveAt(): number {
    return this.session().lastActiveAt
  }

  touch(nowMs: number): void {
    this.session().lastActiveAt = nowMs
  }

  /** Every session signed in as anyone (OS suspend or screen lock locks them all). */
  signedInKeys(): string[] {
    return [...this.sessions].filter(([, session]) => session.userId !== null).map(([key]) => key)
  }
}
