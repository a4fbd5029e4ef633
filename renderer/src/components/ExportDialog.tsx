import { useEffect, useRef, useState, type FormEvent } from 'react'
import { sensitiveCategoryLabels, type ExportResult } from '../../../shared/domain/exports'
import type { RedactionReview } from '../../../shared/domain/redaction/review'
import type { Result } from '../../../shared/result'
import { useApiMutation, useApiQuery } from '../api/client'
import { AgencySelect } from './AgencySelect'
import { useAnnounce } from './Announcer'
import { ChoiceGroup, ErrorSummary, Field } from './FormField'
import { useFormErrors } from '../features/session/useFormErrors'
import { RedactionReviewPanel } from './RedactionReview'

export type ExportTarget =
  | { kind: 'minutes'; meetingId: string; approved: boolean }
  | { kind: 'casePlan'; caseId: string }
  | { kind: 'actionTracker' }
  | { kind: 'csv'; table: 'cases' | 'triage' | 'actions' }

const titles: Record<ExportTarget['kind'], string> = {
  minutes: 'Export minutes',
  casePlan: 'Export case plan',
  actionTracker: 'Export action tracker',
  csv: 'Export as CSV',
}
const labels = { recipientAgencyId: 'Recipient agency', recipients: 'Intended recipients' } as const

/**
 * One export dialog for every document: who it is for (recorded in the
 * export register), and for minutes whether it is the full or a redacted copy.
 */
export function ExportDialog({ target, onClose }: { target: ExportTarget | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const announce = useAnnounce()
  const { errors, summaryRef, show, clear } = useFormErrors()
  const [variant, setVariant] = useState<'full' | 'redacted'>('full')
  const [recipientAgencyId, setRecipientAgencyId] = useState('')
  const agencies = useApiQuery('agencies:list', {})
  const chosenAgency = agencies.data?.find((agency) => agency.id === recipientAgencyId)
  const [recipients, setRecipients] = useState('')
  const [groupBy, setGroupBy] = useState<'agency' | 'owner'>('agency')
  const [saved, setSaved] = useState<ExportResult | null>(null)
  const minutes = useApiMutation('exports:minutes')
  // A redacted copy is reviewed before it is saved: the review replaces the form until it is saved or left.
  const reviewCall = useApiMutation('exports:redactionReview')
  const [review, setReview] = useState<RedactionReview | null>(null)
  const casePlan = useApiMutation('exports:casePlan')
  const tracker = useApiMutation('exports:actionTracker')
  const csv = useApiMutation('exports:csv')
  const pending = reviewCall.isPending || minutes.isPending || casePlan.isPending || tracker.isPending || csv.isPending

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (target && !dialog.open) {
      // Each opening is a new export: a redacted copy for one agency must never be the default for the next.
      setVariant('full')
      setRecipientAgencyId('')
      setRecipients('')
      setGroupBy('agency')
      setSaved(null)
      setReview(null)
      clear()
      dialog.showModal()
    }
    if (!target && dialog.open) dialog.close()
    // clear only resets errors; re-running on its identity would wipe them mid-form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!target) return
    let result: Result<ExportResult>
    if (target.kind === 'minutes' && variant === 'redacted') {
      const reviewed = await reviewCall.mutateAsync({ meetingId: target.meetingId, recipientAgencyId, terms: [] })
      if (!reviewed.ok) return show(reviewed.error)
      clear()
      setSaved(null)
      setReview(reviewed.value)
      return
    }
    if (target.kind === 'minutes') result = await minutes.mutateAsync({ variant: 'full', meetingId: target.meetingId, recipients })
    else if (target.kind === 'casePlan') result = await casePlan.mutateAsync({ caseId: target.caseId, recipients })
    else if (target.kind === 'actionTracker') result = await tracker.mutateAsync({ groupBy, recipients })
    else result = await csv.mutateAsync({ table: target.table, recipients })
    if (!result.ok) return show(result.error)
    clear()
    setSaved(result.value)
    announce(result.value.savedTo ? `Saved ${result.value.fileName}` : 'Export cancelled: nothing was saved')
  }

  // Leaving the review puts focus back where the form continues: the outcome once saved, else the button that opened it.
  // Focus moves once React has put the form back (an effect runs after that commit; an animation frame
  // could come first on a busy machine and find nothing to focus).
  const submitRef = useRef<HTMLButtonElement>(null)
  const savedRef = useRef<HTMLParagraphElement>(null)
  const focusAfterReview = useRef<'saved' | 'submit' | null>(null)
  useEffect(() => {
    if (review || !focusAfterReview.current) return
    ;(focusAfterReview.current === 'saved' ? savedRef : submitRef).current?.focus()
    focusAfterReview.current = null
  }, [review])
  const reviewed = (result: ExportResult) => {
    setReview(null)
    setSaved(result)
    announce(result.savedTo ? `Saved ${result.fileName}` : 'Export cancelled: nothing was saved')
    focusAfterReview.current = 'saved'
  }
  const leaveReview = () => {
    setReview(null)
    focusAfterReview.current = 'submit'
  }

  return (
    <dialog
      ref={ref}
      className={review ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={review ? 'review-title' : 'export-title'}
      onClose={onClose}
    >
      {review && target?.kind === 'minutes' ? (
        <RedactionReviewPanel
          initial={review}
          meetingId={target.meetingId}
          recipientAgencyId={recipientAgencyId}
          recipients={recipients}
          onSaved={reviewed}
          onBack={leaveReview}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <h2 id="export-title">{target ? titles[target.kind] : 'Export'}</h2>
          <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
          {target?.kind === 'minutes' && !target.approved && (
            <p className="notice">These minutes are not approved yet: the document will be marked DRAFT.</p>
          )}
          {target?.kind === 'minutes' && (
            <ChoiceGroup
              legend="Which copy"
              name="variant"
              value={variant}
              onChange={setVariant}
              options={[
                { value: 'full', label: 'Full minutes (meeting members only)' },
                { value: 'redacted', label: 'Redacted copy for wider circulation' },
              ]}
            />
          )}
          {target?.kind === 'minutes' && variant === 'redacted' && (
            <>
              <Field
                label={labels.recipientAgencyId}
                hint="Cases without consent show only this agency's own actions"
                error={errors.recipientAgencyId}
              >
                {(props) => <AgencySelect {...props} value={recipientAgencyId} onChange={setRecipientAgencyId} />}
              </Field>
              <p className="hint" role="status">
                {chosenAgency
                  ? chosenAgency.receives.length
                    ? `${chosenAgency.name} receives: ${chosenAgency.receives.map((c) => sensitiveCategoryLabels[c]).join(', ')}. Other sensitive information is left out.`
                    : `${chosenAgency.name} receives no health, police intelligence or third-party information: it is all left out.`
                  : 'Each agency’s redaction profile is set in Settings → Agencies.'}
              </p>
            </>
          )}
          {target?.kind === 'actionTracker' && (
            <ChoiceGroup
              legend="Group actions by"
              name="groupBy"
              value={groupBy}
              onChange={setGroupBy}
              options={[
                { value: 'agency', label: 'Agency' },
                { value: 'owner', label: 'Owner' },
              ]}
            />
          )}
          <Field label={labels.recipients} hint="Recorded in the export register, e.g. Partnership board members" error={errors.recipients}>
            {(props) => <input {...props} value={recipients} onChange={(e) => setRecipients(e.target.value)} />}
          </Field>
          {saved && (
            <p className="notice" role="status" ref={savedRef} tabIndex={-1}>
              {saved.savedTo ? `Saved to ${saved.savedTo}` : 'Cancelled: nothing was saved or recorded.'}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={pending} ref={submitRef}>
              {target?.kind === 'minutes' && variant === 'redacted' ? 'Review redacted copy' : 'Export'}
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
