import type { Changed } from './events'

/**
 * Errors are values at the boundary: every call across IPC (or the loopback
 * server) resolves to a Result, never a raw exception.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'forbidden' | 'no_session' | 'internal'

export interface AppError {
  code: ErrorCode
  message: string
  /** Per-field messages, keyed by the input's field path (e.g. "title", "people.0.name"). */
  fields?: Record<string, string>
  /** Set for unexpected failures so support can find the log line without personal data. */
  errorId?: string
}

/**
 * A write's result also carries what it changed (the envelope, not part of
 * any channel's output): the renderer refetches exactly that.
 */
export type Result<T> = { ok: true; value: T; changed?: Changed[] } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error })
