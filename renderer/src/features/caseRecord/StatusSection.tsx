import { useState, type FormEvent } from 'react'
import { caseStatusLabels, caseStatuses, type CaseStatus } from '../../../../shared/domain/cases'
import { canTransition, closureReasonLabels, closureReasons, type ClosureReason } from '../../../../shared/domain/record/lifecycle'
import type { CaseDetail } from '../../../../shared/domain/record/views'
import { DateInput } from '../../components/DateInput'
import { ErrorSummary, Field } from '../../components/FormField'
import { useReturnFocus } from '../../components/useReturnFocus'
import { useSave } from './useSave'
import { focusOnMount } from '../../components/focusOnMount'
import { EnumOptions } from '../../components/EnumOptions'

/**
 * Moves the case through its lifecycle (only allowed steps are offered) and flags non-engagement.
 * Both forms open from a button: the record leads with the story, not with forms.
 */
export function StatusSection({ detail, canEdit }: { detail: CaseDetail; canEdit: boolean }) {
  const next = caseStatuses.filter((status) => canTransition(detail.status, status))
  const [to, setTo] = useState<CaseStatus | ''>('')
  const [closureReason, setClosureReason] = useState<ClosureReason | ''>('')
  const [closureNote, setClosureNote] = useState('')
  const [since, setSince] = useState('')
  const [engagementNote, setEngagementNote] = useState('')
  const status = useSave('cases:changeStatus')
  const flag = useSave('cases:flagNonEngagement')
  const [open, setOpen] = useState<'status' | 'engagement' | null>(null)
  const { opener, returnTo } = useReturnFocus()
  const close = (which: 'status' | 'engagement') => {
    returnTo(which)
    setOpen(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (to === '') return status.show({ code: 'invalid_input', message: 'Choose the new status', fields: { to: 'Choose the new status' } })
    const saved = await status.save(
      { caseId: detail.id, to, closureReason: closureReason || null, closureNote },
      `Status changed to ${caseStatusLabels[to]}`,
    )
    if (saved) {
      setTo('')
      setClosureReason('')
      setClosureNote('')
      close('status')
    }
  }

  return (
    <section id="status" aria-labelledby="status-heading" className="case-section">
      <h2 id="status-heading">Status</h2>
      <p>
        The case is <strong>{caseStatusLabels[detail.status]}</strong>
        {detail.closureReason &&
          detail.status === 'closed' &&
          ` (${closureReasonLabels[detail.closureReason]}${detail.closureNote ? `: ${detail.closureNote}` : ''})`}
        .
      </p>
      {canEdit && open === null && (
        <div className="form-actions">
          <button
            type="button"
            onClick={() => {
              status.clear()
              setOpen('status')
            }}
            aria-expanded={false}
            {...opener('status')}
          >
            Change the status
          </button>
          {detail.nonEngagement ? (
            <button
              type="button"
              onClick={() => void flag.save({ caseId: detail.id, flagged: false }, 'Non-engagement flag cleared')}
              {...opener('engagement')}
            >
              Clear non-engagement flag
            </button>
          ) : (
            <button
              type="button"
              onClick={() => {
                flag.clear()
                setOpen('engagement')
              }}
              aria-expanded={false}
              {...opener('engagement')}
            >
              Record non-engagement
            </button>
          )}
        </div>
      )}
      {canEdit && open === 'status' && (
        <form
          onSubmit={submit}
          noValidate
          aria-label="Change status"
          className="inline-form"
          onKeyDown={(e) => e.key === 'Escape' && close('status')}
        >
          <ErrorSummary
            errors={status.errors}
            labels={{ to: 'New status', closureReason: 'Why the case is closing', closureNote: 'Closure note', keyworkerId: 'Keyworker' }}
            summaryRef={status.summaryRef}
          />
          <Field label="New status" error={status.errors.to}>
            {(p) => (
              <select {...p} value={to} onChange={(e) => setTo(e.target.value as CaseStatus | '')} ref={focusOnMount}>
                <option value="">Choose…</option>
                {next.map((value) => (
                  <option key={value} value={value}>
                    {detail.status === 'closed' && value === 'open' ? 'Reopen' : caseStatusLabels[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {to === 'closed' && (
            <>
              <Field
                label="Why the case is closing"
                hint="A person not engaging is a flag to act on, not a reason to close"
                error={status.errors.closureReason}
              >
                {(p) => (
                  <select {...p} value={closureReason} onChange={(e) => setClosureReason(e.target.value as ClosureReason | '')}>
                    <option value="">Choose…</option>
                    <EnumOptions values={closureReasons} labels={closureReasonLabels} />
                  </select>
                )}
              </Field>
              <Field label="Closure note" error={status.errors.closureNote}>
                {(p) => <input {...p} value={closureNote} onChange={(e) => setClosureNote(e.target.value)} />}
              </Field>
            </>
          )}
          {status.errors.keyworkerId && <p className="error-message">{status.errors.keyworkerId}</p>}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={status.pending}>
              Change status
            </button>
            <button type="button" onClick={() => close('status')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {canEdit && open === 'engagement' && (
        <form
          noValidate
          aria-label="Record non-engagement"
          className="inline-form"
          onKeyDown={(e) => e.key === 'Escape' && close('engagement')}
          onSubmit={(event) => {
            event.preventDefault()
            void flag
              .save({ caseId: detail.id, flagged: true, since: since || null, note: engagementNote }, 'Non-engagement flagged')
              .then((saved) => {
                if (!saved) return
                setEngagementNote('')
                setSince('')
                close('engagement')
              })
          }}
        >
          <ErrorSummary
            errors={flag.errors}
            labels={{ since: 'Not engaging since', note: 'What has been tried' }}
            summaryRef={flag.summaryRef}
          />
          <Field label="Not engaging since" hint="Optional: today if left empty" error={flag.errors.since}>
            {(p) => <DateInput {...p} value={since} onChange={setSince} ref={focusOnMount} />}
          </Field>
          <Field label="What has been tried" hint="Optional: visits, calls, letters; kept in the timeline" error={flag.errors.note}>
            {(p) => <input {...p} value={engagementNote} onChange={(e) => setEngagementNote(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={flag.pending}>
              Flag non-engagement
            </button>
            <button type="button" onClick={() => close('engagement')}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
