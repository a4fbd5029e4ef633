import type { ErrorCode } from '../../../shared/result'

/**
 * A rule the user can act on was broken (not found, conflict, a field that
 * fails a business rule). The boundary turns it into an error value; it is
 * never logged, because its message may echo what the user typed.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found. It may have been removed.`)
export const fieldError = (field: string, message: string) => new DomainError('invalid_input', message, { [field]: message })
