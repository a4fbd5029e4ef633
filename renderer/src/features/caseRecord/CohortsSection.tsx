import { useState, type FormEvent } from 'react'
import { useApiQuery } from '../../api/client'
import { ErrorSummary, Field } from '../../components/FormField'
import { formatDate } from '../../format'
import { useSave } from './useSave'

const labels = { cohortId: 'Add to cohort' } as const

/** Which named cohorts (Reports → Cohorts) this case is in; add it to one or take it out. */
export function CohortsSection({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const mine = useApiQuery('cohorts:forCase', { caseId })
  const all = useApiQuery('cohorts:list', {})
  const [cohortId, setCohortId] = useState('')
  const add = useSave('cohorts:addCase')
  const remove = useSave('cohorts:removeCase')
  const joined = new Set((mine.data ?? []).map((row) => row.cohortId))
  const choices = (all.data ?? []).filter((cohort) => !joined.has(cohort.id))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const name = choices.find((cohort) => cohort.id === cohortId)?.name ?? ''
    if (await add.save({ cohortId, caseId }, `Added to ${name}`)) setCohortId('')
  }

  return (
    <section id="cohorts" aria-labelledby="cohorts-heading" className="case-section">
      <h2 id="cohorts-heading">Cohorts</h2>
      {(mine.data ?? []).length === 0 ? (
        <p>Not in any cohort.</p>
      ) : (
        <ul>
          {mine.data?.map((row) => (
            <li key={row.cohortId}>
              {row.name}
              {row.active ? '' : ' (retired)'}, since {formatDate(row.addedAt.slice(0, 10))}{' '}
              {canEdit && (
                <button
                  type="button"
                  onClick={() => void remove.save({ cohortId: row.cohortId, caseId }, `Taken out of ${row.name}`)}
                  aria-label={`Take out of ${row.name}`}
                >
                  Take out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && choices.length > 0 && (
        <form className="inline-form" onSubmit={submit} noValidate aria-label="Add to a cohort">
          <ErrorSummary errors={add.errors} labels={labels} summaryRef={add.summaryRef} />
          <Field label={labels.cohortId} error={add.errors.cohortId}>
            {(props) => (
              <select {...props} value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
                <option value="">Choose a cohort</option>
                {choices.map((cohort) => (
                  <option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" disabled={add.pending}>
              Add to cohort
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
