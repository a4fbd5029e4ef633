import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ExportResult } from '../../../shared/domain/exports'
import {
  flagReasonLabels,
  undecidedFlags,
  type RedactionReview,
  type ReviewFlag,
  type ReviewTerm,
} from '../../../shared/domain/redaction/review'
import { useApiMutation } from '../api/client'
import { useAnnounce } from './Announcer'

interface Props {
  initial: RedactionReview
  meetingId: string
  recipientAgencyId: string
  recipients: string
  onSaved: (result: ExportResult) => void
  onBack: () => void
}

/** The word to redact for a flag: "Oakfield's" takes out Oakfield, possessive or not. */
const termOf = (flag: ReviewFlag) => flag.text.replace(/['’]s$/u, '')

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/**
 * The sender's review of a redacted copy before it is saved (issue 10):
 * every possible identifier first, each accepted as safe or redacted (for
 * this document, or kept with a case's known names), then every
 * replacement made, per case. Save stays disabled, with the reason said,
 * until every flag is decided. Keyboard first: focus starts at the heading
 * and moves to the next undecided flag after each decision.
 */
export function RedactionReviewPanel({ initial, meetingId, recipientAgencyId, recipients, onSaved, onBack }: Props) {
  const announce = useAnnounce()
  const revise = useApiMutation('exports:redactionReview')
  const save = useApiMutation('exports:minutes')
  const [review, setReview] = useState(initial)
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set())
  const [choosing, setChoosing] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [term, setTerm] = useState('')
  const [termScope, setTermScope] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const saveRef = useRef<HTMLButtonElement>(null)
  const termRef = useRef<HTMLInputElement>(null)
  const flagRefs = useRef(new Map<string, HTMLElement>())
  /** Where the last decision was, so focus can move on once the list shows it. */
  const focusAfter = useRef<number | null>(null)

  const outstanding = undecidedFlags(review, accepted)
  const caseReferences = review.cases.flatMap((group) => (group.caseReference === null ? [] : [group.caseReference]))

  useEffect(() => headingRef.current?.focus(), [])
  // After a decision, focus goes to the next flag still to decide (or Save when none is left).
  useEffect(() => {
    if (focusAfter.current === null) return
    const after = focusAfter.current
    focusAfter.current = null
    const next = review.flags.slice(after).find((flag) => !accepted.has(flag.key)) ?? review.flags.find((flag) => !accepted.has(flag.key))
    const target = next ? flagRefs.current.get(next.key) : saveRef.current
    target?.focus()
  }, [review, accepted])

  const decide = (flag: ReviewFlag, safe: boolean) => {
    const next = new Set(accepted)
    if (safe) next.add(flag.key)
    else next.delete(flag.key)
    setAccepted(next)
    announce(safe ? `${flag.text} accepted as safe` : `${flag.text} to decide again`)
    focusAfter.current = review.flags.indexOf(flag)
  }

  /** Reviews the same minutes again with these terms; null when it was refused (the reason is shown). */
  const reviewWith = async (terms: ReviewTerm[]): Promise<RedactionReview | null> => {
    setError(null)
    const result = await revise.mutateAsync({ meetingId, recipientAgencyId, reviewId: review.reviewId, terms })
    if (!result.ok) {
      setError(result.error.message)
      return null
    }
    setReview(result.value)
    return result.value
  }

  const removeTerm = async (removed: ReviewTerm) => {
    const next = await reviewWith(review.terms.filter((item) => item !== removed))
    if (!next) return
    announce(
      `${removed.text} will no longer be redacted. ${plural(undecidedFlags(next, accepted).length, 'possible identifier')} still to decide.`,
    )
    termRef.current?.focus()
  }

  const addTerms = async (added: ReviewTerm[], position: number | null) => {
    const next = await reviewWith([...review.terms, ...added])
    if (!next) return
    setChoosing(null)
    announce(
      `${added.map((item) => item.text).join(', ')} will be redacted. ${plural(undecidedFlags(next, accepted).length, 'possible identifier')} still to decide.`,
    )
    // From a flag, focus moves on to the next one; from the term form, it stays there for the next term.
    if (position !== null) focusAfter.current = position
  }

  const submitTerm = async (event: FormEvent) => {
    event.preventDefault()
    if (term.trim().length < 2) {
      setError('Type the term to redact (at least two characters)')
      return
    }
    await addTerms([{ text: term.trim(), caseReference: termScope === '' ? null : termScope }], null)
    setTerm('')
  }

  const saveCopy = async () => {
    setError(null)
    const result = await save.mutateAsync({
      variant: 'redacted',
      meetingId,
      recipientAgencyId,
      recipients,
      reviewId: review.reviewId,
      accepted: [...accepted],
    })
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    onSaved(result.value)
  }

  const where = (reference: string | null) => reference ?? 'whole document'
  const pending = revise.isPending || save.isPending

  return (
    <section className="redaction-review" aria-labelledby="review-title">
      <h2 id="review-title" ref={headingRef} tabIndex={-1}>
        Review the redacted copy for {review.recipientAgency}
      </h2>
      <p>
        {plural(review.replacementCount, 'replacement')} made; {plural(review.flags.length, 'possible identifier')} left in the copy.
        Nothing is saved until you save it.
      </p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}

      <h3 id="flags-title">Possible identifiers</h3>
      {review.flags.length === 0 ? (
        <p>None: every capitalised word is an ordinary word or the organisation’s own.</p>
      ) : (
        <ul className="review-flags" aria-labelledby="flags-title">
          {review.flags.map((flag, index) => {
            const isSafe = accepted.has(flag.key)
            return (
              <li key={flag.key} className={isSafe ? 'decided' : undefined}>
                <p>
                  <strong>{flag.text}</strong> · {flagReasonLabels[flag.reason]} · in {flag.caseReferences.map(where).join(', ')}
                  {flag.occurrences > 1 ? ` · ${flag.occurrences} times` : ''}
                </p>
                <p className="hint">
                  …{flag.before}
                  <mark>{flag.text}</mark>
                  {flag.after}…
                </p>
                {isSafe ? (
                  <p>
                    Accepted as safe.{' '}
                    <button
                      type="button"
                      ref={(node) => void (node ? flagRefs.current.set(flag.key, node) : flagRefs.current.delete(flag.key))}
                      onClick={() => decide(flag, false)}
                    >
                      Undo<span className="visually-hidden"> accepting {flag.text}</span>
                    </button>
                  </p>
                ) : choosing === flag.key ? (
                  <div role="group" aria-label={`Redact ${flag.text}`} className="form-actions">
                    <button
                      type="button"
                      ref={(node) => node?.focus()}
                      disabled={pending}
                      onClick={() => void addTerms([{ text: termOf(flag), caseReference: null }], index)}
                    >
                      In this document only
                    </button>
                    {flag.caseReferences.flatMap((reference) =>
                      reference === null
                        ? []
                        : [
                            <button
                              key={reference}
                              type="button"
                              disabled={pending}
                              onClick={() => void addTerms([{ text: termOf(flag), caseReference: reference }], index)}
                            >
                              Add to {reference}’s known names
                            </button>,
                          ],
                    )}
                    <button type="button" onClick={() => setChoosing(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <div className="form-actions">
                    <button
                      type="button"
                      ref={(node) => void (node ? flagRefs.current.set(flag.key, node) : flagRefs.current.delete(flag.key))}
                      onClick={() => decide(flag, true)}
                    >
                      Accept<span className="visually-hidden"> {flag.text} as safe</span>
                    </button>
                    <button type="button" onClick={() => setChoosing(flag.key)}>
                      Redact<span className="visually-hidden"> {flag.text}</span>
                    </button>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}

      <form aria-labelledby="term-title" onSubmit={(event) => void submitTerm(event)} className="review-term">
        <h3 id="term-title">Add a term to redact</h3>
        <div className="field">
          <label htmlFor="review-term">Term to redact</label>
          <input id="review-term" ref={termRef} value={term} maxLength={100} onChange={(event) => setTerm(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="review-term-scope">Keep it for</label>
          <select id="review-term-scope" value={termScope} onChange={(event) => setTermScope(event.target.value)}>
            <option value="">This document only</option>
            {caseReferences.map((reference) => (
              <option key={reference} value={reference}>
                {reference}’s known names (every later copy)
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending}>
          Add term
        </button>
      </form>
      {review.terms.length > 0 && (
        <>
          <h3>Terms added</h3>
          <ul>
            {review.terms.map((item) => (
              <li key={`${item.caseReference ?? ''}:${item.text}`}>
                {item.text}:{' '}
                {item.caseReference === null ? 'this document only' : `kept with ${item.caseReference}’s known names when saved`}{' '}
                <button type="button" disabled={pending} onClick={() => void removeTerm(item)}>
                  Remove<span className="visually-hidden"> {item.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Changes made</h3>
      {review.cases
        .filter((group) => group.changes.length > 0 || group.notes.length > 0)
        .map((group) => {
          const id = `changes-${group.caseReference ?? 'document'}`
          return (
            <section key={id} aria-labelledby={id}>
              <h4 id={id}>
                {group.caseReference === null ? 'Whole document' : `${group.caseReference} ${group.caseTitle}`}:{' '}
                {plural(group.changes.length, 'change')}
              </h4>
              {group.notes.length > 0 && (
                <ul>
                  {group.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
              {group.changes.length > 0 && (
                <table className="plain-table">
                  <caption className="visually-hidden">Changes in {group.caseReference ?? 'the whole document'}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Original</th>
                      <th scope="col">Replacement</th>
                      <th scope="col">In context</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.changes.map((change, index) => (
                      <tr key={index}>
                        <td>{change.original}</td>
                        <td>{change.replacement}</td>
                        <td>
                          …{change.before}
                          <mark>{change.replacement}</mark>
                          {change.after}…
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )
        })}

      <div className="review-save">
        <p id="review-outstanding" role="status">
          {outstanding.length > 0
            ? `${plural(outstanding.length, 'possible identifier')} still to decide: accept each as safe or redact it before saving.`
            : 'Every possible identifier is decided: the copy can be saved.'}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            ref={saveRef}
            disabled={outstanding.length > 0 || pending}
            aria-describedby="review-outstanding"
            onClick={() => void saveCopy()}
          >
            Save redacted copy
          </button>
          <button type="button" onClick={onBack}>
            Back
          </button>
        </div>
      </div>
    </section>
  )
}
