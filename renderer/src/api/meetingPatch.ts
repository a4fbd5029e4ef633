import type { QueryClient } from '@tanstack/react-query'
import { withAttendee, withItem } from '../../../shared/domain/meetings/runModePatch'
import type { MeetingDetail } from '../../../shared/domain/meetings/views'
import type { Channel, OutputOf } from '../../../shared/ipc'

type Patch<K extends Channel> = (meeting: MeetingDetail, value: OutputOf<K>) => MeetingDetail | null

/**
 * The run-mode writes that answer with the one item or attendee they
 * changed, and how each goes into the cached meeting (the rule itself is
 * in shared/domain/meetings/runModePatch.ts, checked against a fresh read).
 */
const patches: { [K in Channel]?: Patch<K> } = {
  'agenda:record': withItem,
  'actions:raise': withItem,
  'actions:withdraw': withItem,
  'actions:updateAtMeeting': withItem,
  'attendance:mark': withAttendee,
  'attendance:agree': withAttendee,
}

/**
 * Puts a run-mode write's answer into every cached meeting that holds the
 * item or attendee, and returns those queries' hashes: they are up to date,
 * so the changed set need not refetch them. Other windows hear the change
 * as a change of the meeting and read it again.
 */
export function patchCachedMeetings<K extends Channel>(queryClient: QueryClient, channel: K, value: OutputOf<K>): Set<string> {
  const patch = patches[channel] as Patch<K> | undefined
  const patched = new Set<string>()
  if (!patch) return patched
  for (const query of queryClient.getQueryCache().findAll({ queryKey: ['meetings:get'] })) {
    const meeting = query.state.data as MeetingDetail | undefined
    const next = meeting ? patch(meeting, value) : null
    if (!next) continue
    queryClient.setQueryData(query.queryKey, next)
    patched.add(query.queryHash)
  }
  return patched
}
