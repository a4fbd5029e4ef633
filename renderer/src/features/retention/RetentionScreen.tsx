import { useState, type FormEvent } from 'react'
import { closureReasonLabels } from '../../../../shared/domain/record/lifecycle'
import { retentionReasons, type RetentionDueCase, type RetentionPolicy } from '../../../../shared/domain/retention'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import type { SessionState } from '../../../../shared/domain/session'
import { can } from '../session/can'
import { NotForYou } from '../session/NotForYou'

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

/** Its own screen (g then e), for administrators only. */
export function RetentionScreen({ session }: { session: SessionState }) {
  if (!can(session, 'retention:due')) return <NotForYou title="Retention" />
  return <Retention />
}

/** How long closed cases are kept, and the closed cases past it, which an administrator may erase. */
function Retention() {
  const policy = useApiQuery('retention:getPolicy', {})
  const due = useApiQuery('retention:due', {})
  const save = useApiMutation('retention:savePolicy')
  const announce = useAnnounce()
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const years = (reason: keyof RetentionPolicy) => Number(form.get(reason))
    const result = await save.mutateAsync({
      outcomes_achieved: years('outcomes_achieved'),
      disengaged: years('disengaged'),
      moved_away: years('moved_away'),
      transferred: years('transferred'),
      other: years('other'),
    })
    setErrors(result.ok ? {} : (result.error.fields ?? {}))
    announce(result.ok ? 'Retention periods saved' : result.error.message)
  }

  return (
    <>
      <h1 tabIndex={-1}>Retention</h1>
      <p>
        Closed cases are kept for this many years after they close, by why they closed. A case past its period can be erased completely.
      </p>
      {policy.data && (
        <form onSubmit={(event) => void submit(event)} aria-label="Retention periods">
          {retentionReasons.map((reason) => (
            <label key={reason} className={errors[reason] ? 'field-error' : undefined}>
              {closureReasonLabels[reason]} (years)
              <input
                name={reason}
                type="number"
                min={1}
                max={100}
                defaultValue={policy.data[reason]}
                aria-invalid={errors[reason] ? true : undefined}
              />
              {errors[reason] && <span className="error-message">{errors[reason]}</span>}
            </label>
          ))}
          <button type="submit" className="primary" disabled={save.isPending}>
            Save retention periods
          </button>
        </form>
      )}
      <h2>Closed cases past retention</h2>
      <table className="plain-table">
        <caption className="visually-hidden">Closed cases past retention</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Closed</th>
            <th scope="col">Past retention by</th>
            <th scope="col">Erase</th>
          </tr>
        </thead>
        <tbody>
          {due.data?.length === 0 && (
            <tr>
              <td colSpan={4}>No closed case is past its retention period.</td>
            </tr>
          )}
          {due.data?.map((row) => (
            <tr key={row.caseId}>
              <td>{row.reference}</td>
              <td>{dayFormat.format(new Date(row.closedAt))}</td>
              <td>{row.howLongPast}</td>
              <td>
                <EraseCase row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

/** Erasing cannot be undone: the administrator types their own passphrase again to confirm. */
function EraseCase({ row }: { row: RetentionDueCase }) {
  const erase = useApiMutation('retention:erase')
  const announce = useAnnounce()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const confirmation = new FormData(event.currentTarget).get('confirmation')
    const result = await erase.mutateAsync({ caseId: row.caseId, confirmation: typeof confirmation === 'string' ? confirmation : '' })
    if (result.ok) announce(`${result.value.reference} erased`)
    else setError(result.error.fields?.confirmation ?? result.error.message)
  }
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} aria-label={`Erase ${row.reference}`}>
        Erase…
      </button>
    )
  }
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={`Erase ${row.reference}`}>
      <p>
        This removes every record of {row.reference}
        {row.inApprovedMinutes ? ', including its item in approved minutes' : ''}. It cannot be undone.
      </p>
      <label className={error ? 'field-error' : undefined}>
        Your passphrase, to confirm
        <input name="confirmation" type="password" autoComplete="current-password" aria-invalid={error ? true : undefined} />
        {error && <span className="error-message">{error}</span>}
      </label>
      <button type="submit" className="primary" disabled={erase.isPending}>
        Erase {row.reference}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  )
}
