/**
 * The sender's review of a redacted copy (issue 10). The minutes are loaded
 * and scrubbed once per review and kept here, in main's memory, with what
 * the scrub produced: saving builds the Word file from exactly that
 * redacted copy, never from a fresh read. Adding a term reviews the same
 * loaded minutes again under a new review id. Nothing is written until the
 * copy is saved (exports.minutes), which records the outcome in the export
 * register and keeps the case terms in the same transaction.
 */
import type { z } from 'zod'
import type { redactionReviewInput } from '../../../shared/domain/exports'
import { meetingKindLabels } from '../../../shared/domain/meetings/meetings'
import type { MinutesDocData } from '../../../shared/domain/minutesData'
import {
  buildReview,
  redactMinutes,
  ReviewRecorder,
  vocabularyOf,
  type Lexicon,
  type RedactionProfile,
  type RedactionReview,
  type ReviewTerm,
} from '../../../shared/domain/redaction'
import type { Db } from '../db/connection'
import { getAgency, listAgencies } from '../db/repos/agencies'
import { addCaseTerm, caseIdsByReference, neighbourhoods, termsForCases } from '../db/repos/caseRedactionTerms'
import { listUsers } from '../db/repos/users'
import * as appSettings from './appSettings'
import { newId, requireRole, type ServiceContext } from './context'
import type { WriteScope } from './write'
import { isDictionaryWord } from './dictionary'
import { fieldError } from './errors'
import { minutesData } from './exportData'

export interface StoredReview {
  review: RedactionReview
  actorId: string
  recipientAgencyId: string
  /** The minutes as loaded for this review, and the copy made from them. */
  source: MinutesDocData
  redacted: MinutesDocData
  profile: RedactionProfile
  createdAt: number
}

/** Reviews per database (one per app, one per test), a few at most, each good for two hours. */
const stores = new WeakMap<Db, Map<string, StoredReview>>()
const lifetimeMs = 2 * 60 * 60 * 1000
const kept = 20

function storeFor(db: Db): Map<string, StoredReview> {
  let store = stores.get(db)
  if (!store) stores.set(db, (store = new Map()))
  return store
}

export function review(ctx: ServiceContext, input: z.output<typeof redactionReviewInput>): RedactionReview {
  const actor = requireRole(ctx, 'writeCases')
  const earlier = input.reviewId === undefined ? null : storedReview(ctx, actor, input.reviewId, input.meetingId, input.recipientAgencyId)
  const agency = getAgency(ctx.db, input.recipientAgencyId)
  if (!agency) throw fieldError('recipientAgencyId', 'Choose the agency this copy is for')
  const source = earlier?.source ?? minutesData(ctx, input.meetingId, 'forRedaction')
  const references = source.agendaItems.map((item) => item.caseReference)
  const stray = input.terms.find((term) => term.caseReference !== null && !references.includes(term.caseReference))
  if (stray) throw fieldError('terms', `${stray.caseReference ?? ''} is not on this meeting's agenda: add the term for this document only`)
  const caseTerms = [...termsForCases(ctx.db, [...caseIdsByReference(ctx.db, references).values()]).values()].flat()

  const profile: RedactionProfile = { recipientAgency: agency.name, receives: agency.receives }
  const recorder = new ReviewRecorder()
  const redacted = redactMinutes(source, profile, { terms: [...caseTerms, ...input.terms.map((term) => term.text)], observer: recorder })
  const built = buildReview({
    items: source.agendaItems,
    profile,
    recorder,
    lexicon: lexicon(ctx),
    replacements: [...redacted.pseudonyms.values()].flatMap((alias) => [alias.pseudonym, alias.initials]),
    recordedNames: source.agendaItems.flatMap((item) =>
      item.people.flatMap((person) => [person.firstName, person.lastName, ...person.otherNames]),
    ),
  })
  const result: RedactionReview = {
    reviewId: newId(),
    meetingId: input.meetingId,
    recipientAgency: agency.name,
    ...built,
    terms: input.terms,
  }
  const store = storeFor(ctx.db)
  if (earlier) store.delete(earlier.review.reviewId)
  prune(store, ctx.now().getTime())
  store.set(result.reviewId, {
    review: result,
    actorId: actor,
    recipientAgencyId: agency.id,
    source,
    redacted: redacted.data,
    profile,
    createdAt: ctx.now().getTime(),
  })
  return result
}

/** The review the sender saw, for this meeting and agency, by this user; refused when it is gone or someone else's. */
export function storedReview(
  ctx: ServiceContext,
  actor: string,
  reviewId: string,
  meetingId: string,
  recipientAgencyId: string,
): StoredReview {
  const stored = storeFor(ctx.db).get(reviewId)
  const fresh = stored !== undefined && ctx.now().getTime() - stored.createdAt <= lifetimeMs
  if (
    !stored ||
    !fresh ||
    stored.actorId !== actor ||
    stored.review.meetingId !== meetingId ||
    stored.recipientAgencyId !== recipientAgencyId
  ) {
    throw fieldError('reviewId', 'This review is no longer open (it expired, or it was for another copy): review the redacted copy again')
  }
  return stored
}

/** Once saved, a review cannot be saved again. */
export function closeReview(ctx: ServiceContext, reviewId: string): void {
  storeFor(ctx.db).delete(reviewId)
}

/** The register's record of the review: counts and the words accepted as safe, never the terms added (they are identifiers). */
export function reviewOutcome(
  stored: StoredReview,
  accepted: readonly string[],
): { replacements: number; acceptedAsSafe: string[]; termsAdded: { document: number; caseKnownNames: number } } {
  const safe = new Set(accepted)
  return {
    replacements: stored.review.replacementCount,
    acceptedAsSafe: stored.review.flags.filter((flag) => safe.has(flag.key)).map((flag) => flag.text),
    termsAdded: {
      document: stored.review.terms.filter((term) => term.caseReference === null).length,
      caseKnownNames: stored.review.terms.filter((term) => term.caseReference !== null).length,
    },
  }
}

/** Keeps the terms the sender added to cases' known names; inside the caller's write. */
export function keepCaseTerms(
  ctx: ServiceContext,
  terms: readonly ReviewTerm[],
  scope: Pick<WriteScope, 'actor' | 'at' | 'audit' | 'changed'>,
): void {
  const { actor, at } = scope
  const forCases = terms.filter((term): term is ReviewTerm & { caseReference: string } => term.caseReference !== null)
  if (forCases.length === 0) return
  const ids = caseIdsByReference(
    ctx.db,
    forCases.map((term) => term.caseReference),
  )
  const added = new Map<string, number>()
  for (const term of forCases) {
    const caseId = ids.get(term.caseReference)
    if (caseId && addCaseTerm(ctx.db, { id: newId(), caseId, term: term.text.trim(), addedBy: actor, addedAt: at }))
      added.set(caseId, (added.get(caseId) ?? 0) + 1)
  }
  for (const [caseId, count] of added) {
    scope.audit({ action: 'update', entity: 'case', entityId: caseId, detail: { redactionTermsAdded: count } })
    scope.changed({ kind: 'case', id: caseId })
  }
}

function lexicon(ctx: ServiceContext): Lexicon {
  const agencies = listAgencies(ctx.db, true).flatMap((agency) => [agency.name, agency.shortName])
  const users = listUsers(ctx.db).map((user) => user.name)
  const vocabulary = vocabularyOf([
    ...agencies,
    ...users,
    ...neighbourhoods(ctx.db),
    ...Object.values(meetingKindLabels),
    appSettings.read(ctx).organisationName,
  ])
  return { isWord: isDictionaryWord, vocabulary }
}

function prune(store: Map<string, StoredReview>, now: number): void {
  for (const [id, stored] of store) if (now - stored.createdAt > lifetimeMs) store.delete(id)
  while (store.size >= kept) {
    const oldest = store.keys().next().value
    if (oldest === undefined) break
    store.delete(oldest)
  }
}
