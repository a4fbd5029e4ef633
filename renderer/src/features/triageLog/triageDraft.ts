import type { Subject, SubjectQuery } from './SubjectPicker'
import type { TriageFormState } from './triageForm'

export interface TriageDraft {
  /** Whose draft it is: someone else signing in on this machine never sees it. */
  userId: string
  form: TriageFormState
  query: SubjectQuery
  subject: Subject
}

/**
 * The contact being typed, kept while the user goes to another screen and
 * comes back. It lives in this module's memory only, for the life of the
 * window: a triage draft holds mental-health and offending detail, so it is
 * never handed to web storage (localStorage is written to the profile on
 * disk, outside the encrypted database; plain memory is simpler than
 * sessionStorage and plainly never leaves the process). Quitting or
 * reloading loses it, which is acceptable for a half-typed contact.
 */
let draft: TriageDraft | null = null

export function readTriageDraft(userId: string): TriageDraft | null {
  if (draft && draft.userId !== userId) draft = null
  return draft
}

export function keepTriageDraft(next: TriageDraft | null): void {
  draft = next
}

/** True while a contact is half typed: Ctrl+Z then belongs to the text being typed, not to the contact saved before it. */
export function hasTriageDraft(): boolean {
  return draft !== null
}
