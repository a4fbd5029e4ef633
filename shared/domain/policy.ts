/**
 * Who may do what: the one home of every role rule. Main enforces the
 * channel table before any handler runs (electron/main/ipc/dispatch.ts) and
 * services use the named rules for what a table cannot say (who may chair a
 * meeting, who may be a keyworker); the renderer uses the same functions to
 * hide what the signed-in user cannot do.
 */
import type { Channel } from '../ipc'
import type { UserRole } from './users'

/** Administrators run the system: users, agencies, settings. */
export const isAdministrator = (role: UserRole): boolean => role === 'admin'
/** Chairs (and administrators) chair meetings, approve and amend minutes. */
export const canChair = (role: UserRole): boolean => role === 'chair' || role === 'admin'
/** Viewers only read; everyone else may change case records, triage and meetings. */
export const canWriteCases = (role: UserRole): boolean => role !== 'viewer'
/** A keyworker updates the record, so must be someone who can write it. */
export const canBeKeyworker = (role: UserRole): boolean => canWriteCases(role)

/**
 * What a channel needs. `anyone` works before sign-in (set-up, the sign-in
 * picker, locking); everything else needs a signed-in, active user whose
 * role, read afresh on every call, passes the rule.
 */
export type Access = 'anyone' | 'signedIn' | 'writeCases' | 'chair' | 'administer'

const ruleFor: Record<Exclude<Access, 'anyone'>, (role: UserRole) => boolean> = {
  signedIn: () => true,
  writeCases: canWriteCases,
  chair: canChair,
  administer: isAdministrator,
}

/** Whether a signed-in user with this role passes the access rule. */
export function allows(access: Access, role: UserRole): boolean {
  return access === 'anyone' || ruleFor[access](role)
}

const roleNames: Record<UserRole, string> = {
  admin: 'an administrator',
  chair: 'a chair',
  practitioner: 'a practitioner',
  viewer: 'a viewer',
}
const messageOrder: readonly UserRole[] = ['admin', 'chair', 'practitioner', 'viewer']

/** The refusal a user sees, naming the roles that may do it. */
export function refusal(access: Access): string {
  const who = messageOrder.filter((role) => allows(access, role)).map((role) => roleNames[role])
  return `Only ${who.join(' or ')} can do this.`
}

/**
 * Every channel of the contract and what it needs. Typed as a full record
 * of Channel, so a channel added to shared/ipc.ts without an entry here is
 * a compile error.
 */
export const channelPolicy: Readonly<Record<Channel, Access>> = {
  'session:get': 'anyone',
  'session:setUp': 'anyone',
  'session:signIn': 'anyone',
  'session:lock': 'anyone',
  'session:users': 'anyone',
  'session:changeCredential': 'signedIn',
  'session:active': 'signedIn',

  'agencies:list': 'anyone',
  'agencies:create': 'administer',
  'agencies:update': 'administer',
  'agencies:setActive': 'administer',
  'agencies:setProfile': 'administer',

  'users:list': 'signedIn',
  'users:create': 'administer',
  'users:update': 'administer',
  'users:setCredential': 'administer',

  'backup:list': 'signedIn',
  'backup:status': 'signedIn',
  'backup:now': 'writeCases',
  'backup:restore': 'administer',
  'audit:list': 'administer',
  'audit:export': 'administer',
  'retention:getPolicy': 'administer',
  'retention:savePolicy': 'administer',
  'retention:due': 'administer',
  'retention:erase': 'administer',
  'retention:eraseOnRequest': 'administer',

  'cases:list': 'signedIn',
  'cases:page': 'signedIn',
  'cases:get': 'signedIn',
  'cases:create': 'writeCases',
  'cases:update': 'writeCases',
  'cases:changeStatus': 'writeCases',
  'cases:flagNonEngagement': 'writeCases',
  'cases:timeline': 'signedIn',
  'cases:search': 'signedIn',

  'people:add': 'writeCases',
  'people:update': 'writeCases',
  'consent:record': 'writeCases',
  'consent:history': 'signedIn',

  'caseAgencies:add': 'writeCases',
  'caseAgencies:end': 'writeCases',

  'triage:list': 'signedIn',
  'triage:page': 'signedIn',
  'triage:create': 'writeCases',
  'triage:retriage': 'writeCases',
  'triage:checkRepeat': 'signedIn',
  'triage:undo': 'writeCases',

  'settings:get': 'signedIn',
  'settings:save': 'administer',
  'triageSources:list': 'signedIn',
  'triageSources:create': 'administer',
  'triageSources:rename': 'administer',
  'triageSources:setActive': 'administer',
  'settings:saveLogo': 'administer',
  'settings:hasLogo': 'signedIn',

  'meetings:page': 'signedIn',
  'dashboard:get': 'signedIn',
  'meetings:get': 'signedIn',
  'meetings:create': 'writeCases',
  'meetings:createNext': 'writeCases',
  'meetings:start': 'writeCases',
  'meetings:setCurrentItem': 'writeCases',
  'meetings:finish': 'writeCases',
  'meetings:approve': 'chair',
  'meetings:amend': 'chair',
  'meetings:refreshAgenda': 'writeCases',
  'agenda:add': 'writeCases',
  'agenda:remove': 'writeCases',
  'agenda:move': 'writeCases',
  'agenda:record': 'writeCases',
  'attendance:add': 'writeCases',
  'attendance:addPresent': 'writeCases',
  'attendance:remove': 'writeCases',
  'attendance:mark': 'writeCases',
  'attendance:agree': 'writeCases',

  'actions:list': 'signedIn',
  'actions:page': 'signedIn',
  'tables:filterOptions': 'signedIn',
  'actions:listForCase': 'signedIn',
  'actions:raise': 'writeCases',
  'actions:withdraw': 'writeCases',
  'actions:updateAtMeeting': 'writeCases',
  'actions:bulkUpdate': 'writeCases',
  'cases:directionHistory': 'signedIn',

  'casePlans:get': 'signedIn',
  'casePlans:save': 'writeCases',
  'exports:minutes': 'writeCases',
  'exports:casePlan': 'writeCases',
  'exports:actionTracker': 'writeCases',
  'exports:csv': 'writeCases',
  'exports:register': 'signedIn',
  'exports:redactionReview': 'writeCases',
  'exports:boardReport': 'writeCases',
  'exports:reportCsv': 'writeCases',
  'unitCosts:list': 'signedIn',
  'unitCosts:save': 'administer',
  'unitCosts:remove': 'administer',
  'reports:build': 'signedIn',
  'reports:forCase': 'signedIn',
  'cohorts:list': 'signedIn',
  'cohorts:create': 'writeCases',
  'cohorts:rename': 'writeCases',
  'cohorts:setActive': 'writeCases',
  'cohorts:addCase': 'writeCases',
  'cohorts:removeCase': 'writeCases',
  'cohorts:addByFilter': 'writeCases',
  'cohorts:forCase': 'signedIn',
  'demo:get': 'anyone',

  'demand:list': 'signedIn',
  'demand:add': 'writeCases',
}

/** Whether a user with this role may call the channel (the renderer hides what this refuses). */
export function mayCall(channel: Channel, role: UserRole): boolean {
  return allows(channelPolicy[channel], role)
}
