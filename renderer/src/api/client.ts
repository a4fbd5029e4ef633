import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { Channel, InputOf, OutputOf, RoundtableApi } from '../../../shared/ipc'
import type { AppError, Result } from '../../../shared/result'
import { createApi } from './transport'

export const api: RoundtableApi = createApi()

/** A failed call, thrown inside TanStack Query so screens can show error.message. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
    this.name = 'ApiError'
  }
}

const signedOutListeners = new Set<() => void>()

/**
 * Main signed this session out (idle limit, the computer's screen locked):
 * the app listens so it can forget what it showed and ask for sign-in.
 */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener)
  return () => signedOutListeners.delete(listener)
}

export async function call<K extends Channel>(channel: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  const fn = api[channel] as (input: InputOf<K>) => Promise<Result<OutputOf<K>>>
  const result = await fn(input)
  if (!result.ok && result.error.code === 'no_session') for (const listener of signedOutListeners) listener()
  return result
}

export async function callOrThrow<K extends Channel>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await call(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

/** Query keys are named after channels, so invalidating 'cases:list' refetches that call everywhere. */
export function useApiQuery<K extends Channel>(
  channel: K,
  input: InputOf<K>,
  options?: Omit<UseQueryOptions<OutputOf<K>, ApiError>, 'queryKey' | 'queryFn'>,
) {
  return useQuery<OutputOf<K>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => callOrThrow(channel, input),
    ...options,
  })
}

/**
 * The tables' pages and filter choices come from the same rows as the whole
 * lists (the summaries behind them join cases, contacts and actions): a
 * write that invalidates any list refreshes every page too.
 */
const tableReads: Channel[] = ['cases:page', 'triage:page', 'actions:page', 'tables:filterOptions']
const withPages = (keys: Channel[]): Channel[] => (keys.some((key) => key === 'cases:list' || key === 'triage:list' || key === 'actions:list') ? [...new Set([...keys, ...tableReads])] : keys)

/**
 * A mutation that resolves to the Result (not throwing on a rule broken), so
 * forms can show field errors; on success it invalidates the listed queries.
 */
export function useApiMutation<K extends Channel>(channel: K, invalidates: Channel[] = []) {
  const queryClient = useQueryClient()
  return useMutation<Result<OutputOf<K>>, Error, InputOf<K>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: async (result) => {
      if (result.ok) await Promise.all(withPages(invalidates).map((key) => queryClient.invalidateQueries({ queryKey: [key] })))
    },
  })
}
