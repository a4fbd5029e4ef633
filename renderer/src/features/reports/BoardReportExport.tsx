import { useState, type FormEvent } from 'react'
import type { reportFilters } from '../../../../shared/domain/outcomes/report'
import type { z } from 'zod'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'

const labels = { recipients: 'Intended recipients' } as const

/** The board report in Word for the filters on screen; recorded in the export register with who it is for. */
export function BoardReportExport({ filters }: { filters: z.output<typeof reportFilters> }) {
  const [recipients, setRecipients] = useState('')
  const [status, setStatus] = useState('')
  const exportBoard = useApiMutation('exports:boardReport', ['exports:register'])
  const { errors, summaryRef, show, clear } = useFormErrors()
  const announce = useAnnounce()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await exportBoard.mutateAsync({ filters, recipients })
    if (!result.ok) return show(result.error)
    clear()
    const message = result.value.savedTo ? `Saved ${result.value.fileName}` : 'Export cancelled: nothing was saved'
    setStatus(message)
    announce(message)
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Board report">
      <h2>Board report</h2>
      <p>A Word document of these figures, with the method and assumptions, and case stories by reference only (no names).</p>
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <Field label={labels.recipients} hint="Recorded in the export register, e.g. Partnership board" error={errors.recipients}>
        {(props) => <input {...props} value={recipients} onChange={(e) => setRecipients(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={exportBoard.isPending}>
          Export board report (Word)
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  )
}
