import type { z } from 'zod'
import { contract, isChannel, type Channel } from '../../../shared/ipc'
import { fail, ok, type AppError, type Result } from '../../../shared/result'
import type { SafeLogger } from '../log'
import { DomainError } from '../services/errors'
import { withCaller, type ToCaller } from '../services/progress'
import { collectChanges } from '../services/write'
import type { Handlers } from './handlerTypes'

/** Turns zod issues into one message per field, keyed by the field's path. */
export function validationError(error: z.ZodError): AppError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  const only = Object.keys(fields)
  const message = only.length === 1 && only[0] === '_' ? (fields._ ?? 'Invalid input') : 'Check the highlighted fields'
  return { code: 'invalid_input', message, fields }
}

/** What the transports hand to dispatch: the handlers, and the sessions whose policy gate runs first. */
export interface Boundary {
  handlers: Handlers
  sessions: {
    /** Runs a call as one session (web mode: a browser tab's; desktop: the window's). */
    within<T>(key: string, fn: () => T): T
    /** The channel policy and idle lock for the current session: the refusal, or null. */
    admit(channel: Channel): AppError | null
    /** A signed-in caller was refused (forbidden): audited with the channel and who, never the input. */
    refused?(channel: Channel): void
  }
}

/**
 * The transport-agnostic boundary: Electron IPC and the loopback server both
 * call this. Within the caller's session it checks the channel's policy
 * (shared/domain/policy: a refused call reaches no handler and changes
 * nothing), parses the input with the channel's schema, runs the handler
 * and returns a Result, with the aggregates its writes changed (the
 * transports push the same set to every other window or tab as a
 * DataChanged event); nothing throws past it.
 */
export function dispatch(
  boundary: Boundary,
  sessionKey: string,
  channel: string,
  rawInput: unknown,
  logger: SafeLogger,
  /** Progress of a long call (a restore), pushed back to this caller while it runs. */
  toCaller: ToCaller = () => undefined,
): Promise<Result<unknown>> {
  return boundary.sessions.within(sessionKey, () => withCaller(toCaller, () => run(boundary, channel, rawInput, logger)))
}

/** Audits a refusal; failing to is logged, and never turns the refusal into something else. */
function noteRefusal(boundary: Boundary, channel: Channel, logger: SafeLogger): void {
  try {
    boundary.sessions.refused?.(channel)
  } catch (error) {
    logger.error(crypto.randomUUID().slice(0, 8), `${channel}:refusal-audit`, error)
  }
}

async function run(boundary: Boundary, channel: string, rawInput: unknown, logger: SafeLogger): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'not_found', message: 'Unknown request' })
  try {
    const refused = boundary.sessions.admit(channel)
    if (refused) {
      if (refused.code === 'forbidden') noteRefusal(boundary, channel, logger)
      return fail(refused)
    }
    const parsed = contract[channel].input.safeParse(rawInput)
    if (!parsed.success) return fail(validationError(parsed.error))
    const handler = boundary.handlers[channel] as (input: unknown) => unknown
    // What the writes inside the handler changed rides back with the value.
    const { value, changed } = await collectChanges(async () => handler(parsed.data))
    return changed.length > 0 ? { ok: true, value, changed } : ok(value)
  } catch (error) {
    if (error instanceof DomainError) {
      // A rule of who may do what refused it (only this meeting's chair approves, ...); sign-in's own refusals are audited by sign-in.
      if (error.code === 'forbidden' && !channel.startsWith('session:')) noteRefusal(boundary, channel, logger)
      return fail({ code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) })
    }
    const errorId = crypto.randomUUID().slice(0, 8)
    logger.error(errorId, channel, error)
    return fail({
      code: 'internal',
      message: `Something went wrong and nothing was saved. If it happens again, quote error ${errorId}.`,
      errorId,
    })
  }
}
