import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { AgendaItemView } from '../../../../shared/domain/meetings/views'
import { useApiMutation } from '../../api/client'
import { AgencySelect } from '../../components/AgencySelect'
import { useAnnounce } from '../../components/Announcer'
import { DateInput } from '../../components/DateInput'
import { formatDate } from '../../format'
import { useFormErrors } from '../session/useFormErrors'

/** New actions as rows: description, owner, agency, due; Enter adds it and starts the next. */
export function NewActions({
  item,
  editable,
  registerSave,
}: {
  item: AgendaItemView
  editable: boolean
  registerSave?: (save: () => Promise<boolean>) => void
}) {
  const raise = useApiMutation('actions:raise')
  const withdraw = useApiMutation('actions:withdraw')
  const announce = useAnnounce()
  const { errors, show, clear } = useFormErrors()
  const [row, setRow] = useState({ description: '', ownerName: '', ownerAgencyId: '', dueDate: '' })
  const first = useRef<HTMLInputElement>(null)
  const rowRef = useRef(row)
  useEffect(() => {
    rowRef.current = row
  })
  const submit = async (event?: FormEvent, options: { focusNext: boolean } = { focusNext: true }): Promise<boolean> => {
    event?.preventDefault()
    const typed = rowRef.current
    const result = await raise.mutateAsync({ itemId: item.id, ...typed })
    if (!result.ok) {
      show(result.error)
      return false
    }
    clear()
    announce(`Action added: ${typed.description}`)
    setRow({ description: '', ownerName: '', ownerAgencyId: typed.ownerAgencyId, dueDate: typed.dueDate })
    if (options.focusNext) first.current?.focus()
    return true
  }
  const submitRef = useRef(submit)
  useEffect(() => {
    submitRef.current = submit
  })
  // Moving to another case (or finishing) saves a half-typed action row too, or stops to say what is missing.
  useEffect(() => {
    registerSave?.(async () => {
      const typed = rowRef.current
      if (!editable || (typed.description.trim() === '' && typed.ownerName.trim() === '')) return true
      return submitRef.current(undefined, { focusNext: false })
    })
  }, [registerSave, editable])
  const err = (key: string) => (errors[key] ? <span className="error-message">{errors[key]}</span> : null)
  return (
    <div>
      {item.newActions.length > 0 && (
        <ul className="work-list" aria-label="New actions">
          {item.newActions.map((action) => (
            <li key={action.id}>
              {action.description} · {action.ownerName} ({action.ownerAgencyName}) · due {formatDate(action.dueDate)}{' '}
              {editable && (
                <button type="button" onClick={() => void withdraw.mutateAsync({ actionId: action.id })}>
                  Withdraw “{action.description}”
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          onSubmit={submit}
          noValidate
          aria-label="New action"
          className="action-row"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey) {
              e.preventDefault()
              void submit()
            }
          }}
        >
          <span className={errors.description ? 'field-error' : undefined}>
            <label htmlFor={`na-desc-${item.id}`}>Action</label>
            <input
              id={`na-desc-${item.id}`}
              ref={first}
              value={row.description}
              onChange={(e) => setRow({ ...row, description: e.target.value })}
              aria-invalid={errors.description ? true : undefined}
            />
            {err('description')}
          </span>
          <span className={errors.ownerName ? 'field-error' : undefined}>
            <label htmlFor={`na-owner-${item.id}`}>Owner</label>
            <input
              id={`na-owner-${item.id}`}
              value={row.ownerName}
              onChange={(e) => setRow({ ...row, ownerName: e.target.value })}
              aria-invalid={errors.ownerName ? true : undefined}
            />
            {err('ownerName')}
          </span>
          <span className={errors.ownerAgencyId ? 'field-error' : undefined}>
            <label htmlFor={`na-agency-${item.id}`}>Owner&apos;s agency</label>
            <AgencySelect
              id={`na-agency-${item.id}`}
              value={row.ownerAgencyId}
              onChange={(ownerAgencyId) => setRow({ ...row, ownerAgencyId })}
            />
            {err('ownerAgencyId')}
          </span>
          <span className={errors.dueDate ? 'field-error' : undefined}>
            <label htmlFor={`na-due-${item.id}`}>Due</label>
            <DateInput id={`na-due-${item.id}`} value={row.dueDate} onChange={(dueDate) => setRow({ ...row, dueDate })} />
            {err('dueDate')}
          </span>
          <button type="submit" disabled={raise.isPending}>
            Add action
          </button>
        </form>
      )}
    </div>
  )
}
