import { AsyncLocalStorage } from 'node:async_hooks'
import type { RestoreProgress } from '../../../shared/events'

/** Where a long call's progress goes: to the window or tab that made the call (its transport says how). */
export type ToCaller = (event: RestoreProgress) => void

const caller = new AsyncLocalStorage<ToCaller>()

/** Runs one call with its caller's push (dispatch does this for every call). */
export function withCaller<T>(toCaller: ToCaller, run: () => T): T {
  return caller.run(toCaller, run)
}

/**
 * The push to the current call's caller, for a service to report progress
 * on; outside a call (tests, start-up) it goes nowhere. A push that fails
 * (the window has gone) never stops the work.
 */
export function progressToCaller(): ToCaller {
  const toCaller = caller.getStore()
  return (event) => {
    try {
      toCaller?.(event)
    } catch {
      // The caller cannot hear it: the work goes on, and the call's result still says how it ended.
    }
  }
}
