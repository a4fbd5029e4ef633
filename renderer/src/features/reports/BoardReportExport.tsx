import { useState, type FormEvent } from 'react'
import { reportCsvTableLabels, reportCsvTables, type ReportCsvTable, type reportFilters } from '../../../../shared/domain/outcomes/report'
import type { z } from 'zod'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'

const labels = { recipients: 'Intended recipients', table: 'Table for CSV' } as const

/** The board report in Word for the filters on screen; recorded in the export register with who it is for. */
export function BoardReportExport({ filters }: { filters: z.output<typeof reportFilters> }) {
  const [recipients, setRecipients] = useState('')
  const [status, setStatus] = useState('')
  const [table, setTable] = useState<ReportCsvTable>('demand')
  const exportBoard = useApiMutation('exports:boardReport')
  const exportCsv = useApiMutation('exports:reportCsv')
  const { errors, summaryRef, show, clear } = useFormErrors()
  const announce = useAnnounce()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    // The form's submitter says which: the Word report (Enter, or its button) or one table as CSV.
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null
    const result =
      submitter?.getAttribute('value') === 'csv'
        ? await exportCsv.mutateAsync({ filters, recipients, table })
        : await exportBoard.mutateAsync({ filters, recipients })
    if (!result.ok) return show(result.error)
    clear()
    const message = result.value.savedTo ? `Saved ${result.value.fileName}` : 'Export cancelled: nothing was saved'
    setStatus(message)
    announce(message)
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Board report">
      <h2>Board report</h2>
      <p>
        A Word document of these figures, with the method and assumptions, and case stories by reference only (no names); or any one table
        as CSV.
      </p>
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <Field label={labels.recipients} hint="Recorded in the export register, e.g. Partnership board" error={errors.recipients}>
        {(props) => <input {...props} value={recipients} onChange={(e) => setRecipients(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" value="word" disabled={exportBoard.isPending}>
          Export board report (Word)
        </button>
      </div>
      <Field label={labels.table} error={errors.table}>
        {(props) => (
          <select
            {...props}
            value={table}
            onChange={(e) => setTable(reportCsvTables.find((candidate) => candidate === e.target.value) ?? 'demand')}
          >
            {reportCsvTables.map((candidate) => (
              <option key={candidate} value={candidate}>
                {reportCsvTableLabels[candidate]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" value="csv" disabled={exportCsv.isPending}>
          Export table as CSV
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  )
}
