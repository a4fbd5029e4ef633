import type { Query } from '@tanstack/react-query'
import type { Changed, ChangedKind } from '../../../shared/events'
import type { Channel } from '../../../shared/ipc'

/**
 * What each channel's answer depends on, by changed aggregate. A write's
 * changed set (with its result, or pushed from another window) refetches
 * every cached query whose channel depends on one of its aggregates: this
 * table is the only place that says so, instead of a list at each
 * mutation. A dependency `{ kind, by }` narrows to the one record the
 * query asked for (input[by] is the changed aggregate's id); a bare kind
 * means any change of that kind. Channels that are only ever called as
 * mutations are never cached, so depend on nothing. A channel added to the
 * contract without an entry here is a compile error.
 */
export type Dependency = ChangedKind | { kind: 'case' | 'meeting'; by: string }

/** The case record and everything on it read by case id. */
const caseRecord = (by: string): readonly Dependency[] => [{ kind: 'case', by }, 'cases', 'actions', 'meeting', 'agencies', 'users']

export const dependsOn: Readonly<Record<Channel, readonly Dependency[]>> = {
  'session:get': ['session', 'users', 'settings'],
  'session:users': ['users', 'agencies'],
  'session:active': [],
  'session:setUp': [],
  'session:signIn': [],
  'session:lock': [],
  'session:changeCredential': [],

  'agencies:list': ['agencies'],
  'agencies:create': [],
  'agencies:update': [],
  'agencies:setActive': [],
  'agencies:setProfile': [],
  'users:list': ['users', 'agencies'],
  'users:create': [],
  'users:update': [],
  'users:setCredential': [],

  'backup:list': ['backups'],
  'backup:status': ['backups'],
  'backup:now': [],
  'backup:restore': [],
  'audit:list': ['audit'],
  'audit:export': [],
  'retention:getPolicy': ['retention'],
  'retention:savePolicy': [],
  'retention:due': ['retention', 'case', 'cases'],
  'retention:erase': [],
  'retention:eraseOnRequest': [],

  'cases:list': ['case', 'cases', 'agencies', 'users', 'triage'],
  'cases:get': caseRecord('id'),
  'cases:create': [],
  'cases:update': [],
  'cases:changeStatus': [],
  'cases:flagNonEngagement': [],
  'cases:timeline': caseRecord('id'),
  'cases:search': ['case', 'cases'],
  'cases:directionHistory': [{ kind: 'case', by: 'id' }, 'meeting'],
  'people:add': [],
  'people:update': [],
  'consent:record': [],
  // Asked by person id, which a case change does not name: any case change refetches it.
  'consent:history': ['case'],
  'caseAgencies:add': [],
  'caseAgencies:end': [],

  'triage:list': ['triage', 'case', 'cases', 'triageSources', 'users'],
  'triage:create': [],
  'triage:retriage': [],
  'triage:checkRepeat': [{ kind: 'case', by: 'caseId' }, 'triage'],
  'triage:undo': [],
  'triageSources:list': ['triageSources'],
  'triageSources:create': [],
  'triageSources:rename': [],
  'triageSources:setActive': [],

  'settings:get': ['settings'],
  'settings:save': [],
  'settings:saveLogo': [],
  'settings:hasLogo': ['settings'],

  'meetings:page': ['meeting', 'users'],
  // The first rows of the Cases and Actions tables' filters, and the next meeting.
  'dashboard:get': ['case', 'cases', 'agencies', 'users', 'triage', 'actions', 'meeting'],
  // A meeting shows its cases (risk, consent, actions): any case or action change may show there.
  'meetings:get': [{ kind: 'meeting', by: 'meetingId' }, 'case', 'cases', 'actions', 'users', 'agencies'],
  'meetings:create': [],
  'meetings:createNext': [],
  'meetings:start': [],
  'meetings:setCurrentItem': [],
  'meetings:finish': [],
  'meetings:approve': [],
  'meetings:amend': [],
  'meetings:refreshAgenda': [],
  'agenda:add': [],
  'agenda:remove': [],
  'agenda:move': [],
  'agenda:record': [],
  'attendance:add': [],
  'attendance:remove': [],
  'attendance:mark': [],
  'attendance:agree': [],
  'attendance:addPresent': [],

  'actions:list': ['actions', 'case', 'cases', 'meeting', 'agencies'],
  // The pages read summaries kept from cases, people, consent, contacts, meetings and actions
  // together (migration 0190), so any of those changing can move a row on any page.
  'cases:page': ['case', 'cases', 'agencies', 'users', 'triage', 'actions', 'meeting'],
  'triage:page': ['triage', 'case', 'cases', 'triageSources', 'users', 'agencies', 'meeting'],
  'actions:page': ['actions', 'case', 'cases', 'meeting', 'agencies', 'users'],
  'tables:filterOptions': ['case', 'cases', 'agencies', 'users', 'triage', 'actions', 'triageSources'],
  'actions:listForCase': [{ kind: 'case', by: 'id' }, 'actions', 'meeting'],
  'actions:raise': [],
  'actions:withdraw': [],
  'actions:updateAtMeeting': [],
  'actions:bulkUpdate': [],

  'casePlans:get': [{ kind: 'case', by: 'id' }, 'actions', 'meeting'],
  'casePlans:save': [],
  'exports:minutes': [],
  'exports:casePlan': [],
  'exports:actionTracker': [],
  'exports:csv': [],
  'exports:register': ['exports'],
  // The review is asked for as a mutation (it scrubs and holds a copy), never cached.
  'exports:redactionReview': [],
  'exports:boardReport': [],
  'exports:reportCsv': [],

  'demand:list': [{ kind: 'case', by: 'id' }],
  'demand:add': [],
  'unitCosts:list': ['unitCosts'],
  'unitCosts:save': [],
  'unitCosts:remove': [],
  'reports:build': ['case', 'cases', 'meeting', 'actions', 'triage', 'unitCosts', 'cohorts'],
  'reports:forCase': [{ kind: 'case', by: 'caseId' }, 'unitCosts'],

  'cohorts:list': ['cohorts'],
  'cohorts:forCase': [{ kind: 'case', by: 'caseId' }, 'cohorts'],
  'cohorts:create': [],
  'cohorts:rename': [],
  'cohorts:setActive': [],
  'cohorts:addCase': [],
  'cohorts:removeCase': [],
  'cohorts:addByFilter': [],

  // Whether this database is demo data: written once, by the demo loader, before anyone signs in.
  'demo:get': [],
}

function matches(dependency: Dependency, change: Changed, input: unknown): boolean {
  if (typeof dependency === 'string') return dependency === change.kind
  if (dependency.kind !== change.kind || !('id' in change)) return false
  const asked = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[dependency.by] : undefined
  return asked === change.id
}

/** Whether a cached query (key: [channel, input]) is stale after these changes. */
export function isStaleAfter(changes: readonly Changed[], queryKey: readonly unknown[]): boolean {
  const [channel, input] = queryKey
  if (changes.some((change) => change.kind === 'everything')) return true
  const dependencies = typeof channel === 'string' ? (dependsOn as Record<string, readonly Dependency[] | undefined>)[channel] : undefined
  // A query this table does not know is refetched rather than left stale.
  if (!dependencies) return true
  return changes.some((change) => dependencies.some((dependency) => matches(dependency, change, input)))
}

/** The predicate TanStack Query's invalidateQueries takes. */
export const staleAfter =
  (changes: readonly Changed[]) =>
  (query: Query): boolean =>
    isStaleAfter(changes, query.queryKey)
