import { DATA_CHANGED_EVENT, type Changed, type DataChanged, type PushEvent, type RestoreProgress } from '../../../shared/events'
import type { Result } from '../../../shared/result'

export { DATA_CHANGED_EVENT }

/** The push event for a call's result, or null when it changed nothing (a read, a refusal). */
export function dataChangedFor(channel: string, result: Result<unknown>): DataChanged | null {
  if (!result.ok || !result.changed || result.changed.length === 0) return null
  return { type: 'data-changed', channel, changed: result.changed satisfies Changed[] }
}

type Listener = (event: PushEvent) => void

/**
 * Who is listening for changes in web mode: each tab's event stream,
 * under its session key. A tab's own writes reach it with their result,
 * so the feed passes each event to every other tab only. A restore's
 * progress is the one event for the calling tab itself (`toSession`).
 */
export class ChangeFeed {
  private readonly listeners = new Map<Listener, string>()

  subscribe(sessionKey: string, listener: Listener): () => void {
    this.listeners.set(listener, sessionKey)
    return () => void this.listeners.delete(listener)
  }

  publish(event: DataChanged, fromSessionKey: string): void {
    for (const [listener, key] of this.listeners) if (key !== fromSessionKey) listener(event)
  }

  /** What no tab's call caused (the day's background backup starting and ending): every tab hears it. */
  toEveryTab(event: DataChanged): void {
    for (const listener of this.listeners.keys()) listener(event)
  }

  toSession(sessionKey: string, event: RestoreProgress): void {
    for (const [listener, key] of this.listeners) if (key === sessionKey) listener(event)
  }

  get size(): number {
    return this.listeners.size
  }
}
