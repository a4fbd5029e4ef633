import { useMutation, useQuery, type QueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { Changed } from '../../../shared/events'
import type { Channel, InputOf, OutputOf, RoundtableApi } from '../../../shared/ipc'
import type { AppError, Result } from '../../../shared/result'
import { staleAfter } from './invalidation'
import { patchCachedMeetings } from './meetingPatch'
import { createApi, createEvents } from './transport'

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

/** Where a write's result goes: the query cache, once listenForChanges has been called. */
let onWritten: <K extends Channel>(channel: K, value: OutputOf<K>, changes: readonly Changed[]) => Promise<void> = async () => undefined

/**
 * The one listener that keeps cached data fresh: what a write changed,
 * from this window's own result or pushed from another window or tab,
 * refetches every query that depends on it (api/invalidation.ts says which).
 * A run-mode write's own answer is first put into the meeting this window
 * shows (api/meetingPatch.ts), which then needs no refetch.
 * Call once, with the app's QueryClient; returns the unsubscribe.
 */
export function listenForChanges(queryClient: QueryClient): () => void {
  const refetch = (changes: readonly Changed[], upToDate: ReadonlySet<string> = new Set()) => {
    const stale = staleAfter(changes)
    return queryClient.invalidateQueries({ predicate: (query) => !upToDate.has(query.queryHash) && stale(query) })
  }
  onWritten = (channel, value, changes) => refetch(changes, patchCachedMeetings(queryClient, channel, value))
  const unsubscribe = createEvents().onDataChanged((event) => void refetch(event.changed))
  return () => {
    unsubscribe()
    onWritten = async () => undefined
  }
}

/** A call; a write's result refetches what it changed before it resolves, so the screen shows it at once. */
export async function call<K extends Channel>(channel: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  const fn = api[channel] as (input: InputOf<K>) => Promise<Result<OutputOf<K>>>
  const result = await fn(input)
  if (!result.ok && result.error.code === 'no_session') for (const listener of signedOutListeners) listener()
  if (result.ok && result.changed && result.changed.length > 0) await onWritten(channel, result.value, result.changed)
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
 * A mutation that resolves to the Result (not throwing on a rule broken), so
 * forms can show field errors. What it changed is refetched by call(), from
 * the changed set main returns with the result: no list to keep here.
 */
export function useApiMutation<K extends Channel>(channel: K) {
  return useMutation<Result<OutputOf<K>>, Error, InputOf<K>>({
    mutationFn: (input) => call(channel, input),
  })
}
