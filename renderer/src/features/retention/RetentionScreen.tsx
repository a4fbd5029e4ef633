import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { closureReasonLabels } from '../../../../shared/domain/record/lifecycle'
import { retentionReasons, type RetentionDueCase, type RetentionPolicy } from '../../../../shared/domain/retention'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { toIsoDate } from '../../components/DateInput'
import { focusOnMount } from '../../components/focusOnMount'
import type { SessionState } from '../../../../shared/domain/session'
import { can } from '../session/can'
import { NotForYou } from '../session/NotForYou'

const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

/** Its own screen (g then e), for administrators only. */
export function RetentionScreen({ session }: { session: SessionState }) {
  if (!can(session, 'retention:due')) return <NotForYou title="Retention" />
  return <Retention session={session} />
}

/** How long closed cases are kept, and the closed cases past it, which an administrator may erase. */
function Retention({ session }: { session: SessionState }) {
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
      {can(session, 'retention:eraseOnRequest') && <EraseOnRequest />}
    </>
  )
}

/**
 * The data subject's right to erasure (UK GDPR Art. 17) before the end of
 * retention: the same erasure, on the basis of their request. The request's
 * own reference and the day it came are recorded in the audit, not
 * anything about the person; an open case must be closed first.
 */
function EraseOnRequest() {
  const erase = useApiMutation('retention:eraseOnRequest')
  const announce = useAnnounce()
  const opener = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const close = () => {
    setOpen(false)
    setErrors({})
    setMessage(null)
    window.setTimeout(() => opener.current?.focus(), 0)
  }
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => {
      const value = form.get(name)
      return typeof value === 'string' ? value : ''
    }
    const result = await erase.mutateAsync({
      reference: text('reference'),
      requestReference: text('requestReference'),
      receivedOn: toIsoDate(text('receivedOn')),
      confirmation: text('confirmation'),
    })
    if (result.ok) {
      const said = `${result.value.reference} erased at the data subject’s request`
      setDone(said)
      announce(said)
      close()
      return
    }
    const fields = result.error.fields ?? {}
    setErrors(fields)
    // A message already shown beside its field is not repeated above the buttons.
    setMessage(
      Object.values(fields).includes(result.error.message) || result.error.message === 'Check the highlighted fields'
        ? null
        : result.error.message,
    )
    announce(`Not erased: ${result.error.message}`)
  }
  const field = (name: string, label: string, input: ReactNode) => (
    <label className={errors[name] ? 'field-error' : undefined}>
      {label}
      {input}
      {errors[name] && <span className="error-message">{errors[name]}</span>}
    </label>
  )
  return (
    <section aria-labelledby="erase-on-request">
      <h2 id="erase-on-request">Erase at the data subject’s request</h2>
      <p>
        When the person a closed case is about asks for their data to be erased (their right to erasure), the case can be erased before its
        retention period ends. Record the request’s reference and the day it was received; nothing else about the request is kept.
      </p>
      {done && <p>{done}.</p>}
      {!open ? (
        <button type="button" ref={opener} onClick={() => setOpen(true)}>
          Erase a case at the data subject’s request…
        </button>
      ) : (
        <form onSubmit={(event) => void submit(event)} aria-label="Erase a case at the data subject’s request">
          {field(
            'reference',
            'Case reference',
            <input
              name="reference"
              ref={focusOnMount}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.reference ? true : undefined}
            />,
          )}
          {field(
            'requestReference',
            'Request reference (for example SAR-2026-014)',
            <input
              name="requestReference"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.requestReference ? true : undefined}
            />,
          )}
          {field(
            'receivedOn',
            'Request received (DD/MM/YYYY)',
            <input name="receivedOn" inputMode="numeric" autoComplete="off" aria-invalid={errors.receivedOn ? true : undefined} />,
          )}
          <p>This removes every record of the case, including its items in approved minutes. It cannot be undone.</p>
          {field(
            'confirmation',
            'Your passphrase, to confirm',
            <input
              name="confirmation"
              type="password"
              autoComplete="current-password"
              aria-invalid={errors.confirmation ? true : undefined}
            />,
          )}
          {message && (
            <p className="error-message" role="alert">
              {message}
            </p>
          )}
          <button type="submit" className="primary" disabled={erase.isPending}>
            Erase now
          </button>{' '}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </form>
      )}
    </section>
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
