/**
 * Logging that cannot leak personal data: an error is logged by its id,
 * the channel, its class, its SQLite code and its stack frames. Its message
 * is never logged, because messages can quote what a user typed.
 */
export interface SafeLogger {
  error(errorId: string, context: string, error: unknown): void
  info(message: string): void
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`
  const code = (error as { code?: unknown }).code
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .join('\n')
  const cause = error.cause === undefined ? '' : `\ncaused by: ${describeError(error.cause)}`
  return `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}\n${frames}${cause}`
}

export const consoleLogger: SafeLogger = {
  error(errorId, context, error) {
    console.error(`[roundtable] error ${errorId} in ${context}: ${describeError(error)}`)
  },
  info(message) {
    console.log(`[roundtable] ${message}`)
  },
}
