import { useState, type FormEvent } from 'react'
import type { RiskLevel } from '../../../../shared/domain/risk'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import { needLabels, needs, type Need } from '../../../../shared/domain/record/needs'
import type { CaseDetail } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'
import { AgencySelect } from '../../components/AgencySelect'
import { DateInput } from '../../components/DateInput'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { useSave } from './useSave'
import { useReturnFocus } from '../../components/useReturnFocus'
import { canBeKeyworker } from '../../../../shared/domain/policy'
import { focusOnMount } from '../../components/focusOnMount'

const labels = {
  title: 'Case title',
  keyworkerId: 'Keyworker',
  leadAgencyId: 'Lead agency',
  riskLevel: 'Risk level',
  nextReviewDate: 'Next review date',
  neighbourhood: 'Neighbourhood',
  summary: 'Summary',
  aspirations: 'What matters to them',
  strengths: 'Strengths',
  needs: 'Needs',
} as const

/** Edit in place: the record's own fields, what matters to the person, strengths and needs, in one save. */
export function SummarySection({ detail, canEdit }: { detail: CaseDetail; canEdit: boolean }) {
  const users = useApiQuery('users:list', {})
  const [editing, setEditing] = useState(false)
  const initial = () => ({
    title: detail.title,
    keyworkerId: detail.keyworkerId ?? '',
    leadAgencyId: detail.leadAgencyId,
    riskLevel: detail.riskLevel,
    nextReviewDate: detail.nextReviewDate ?? '',
    neighbourhood: detail.neighbourhood,
    summary: detail.summary,
    aspirations: detail.aspirations,
    strengths: detail.strengths,
    needs: detail.needs,
  })
  const [form, setForm] = useState(initial)
  const { save, pending, errors, summaryRef, clear } = useSave('cases:update')
  const { opener, returnTo } = useReturnFocus()
  const close = () => {
    returnTo('summary:edit')
    setEditing(false)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const saved = await save({
      caseId: detail.id,
      ...form,
      keyworkerId: form.keyworkerId || null,
      nextReviewDate: form.nextReviewDate || null,
    })
    if (saved) close()
  }

  if (!editing) {
    return (
      <section id="summary" aria-labelledby="summary-heading" className="case-section">
        <h2 id="summary-heading">Summary, what matters and needs</h2>
        <dl className="record-list">
          <dt>Summary</dt>
          <dd>{detail.summary || 'None recorded.'}</dd>
          <dt>What matters to them</dt>
          <dd>{detail.aspirations || 'Not yet recorded: ask them.'}</dd>
          <dt>Strengths</dt>
          <dd>{detail.strengths || 'Not yet recorded.'}</dd>
          <dt>Needs</dt>
          <dd>{detail.needs.length ? detail.needs.map((need) => needLabels[need]).join(', ') : 'None recorded.'}</dd>
          <dt>Lead agency</dt>
          <dd>{detail.leadAgencyName}</dd>
          <dt>Neighbourhood</dt>
          <dd>{detail.neighbourhood || '—'}</dd>
        </dl>
        {canEdit && (
          <button
            type="button"
            onClick={() => {
              setForm(initial())
              clear()
              setEditing(true)
            }}
            {...opener('summary:edit')}
          >
            Edit summary
          </button>
        )}
      </section>
    )
  }

  return (
    <section id="summary" aria-labelledby="summary-heading" className="case-section">
      <h2 id="summary-heading">Summary, what matters and needs</h2>
      <form onSubmit={submit} noValidate aria-label="Edit summary" onKeyDown={(e) => e.key === 'Escape' && close()}>
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label={labels.title} error={errors.title}>
          {(p) => <input {...p} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} ref={focusOnMount} />}
        </Field>
        <Field label={labels.keyworkerId} error={errors.keyworkerId}>
          {(p) => (
            <select {...p} value={form.keyworkerId} onChange={(e) => setForm({ ...form, keyworkerId: e.target.value })}>
              <option value="">Not allocated</option>
              {users.data
                ?.filter((u) => (u.active && canBeKeyworker(u.role)) || u.id === detail.keyworkerId)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.agencyName})
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={labels.leadAgencyId} error={errors.leadAgencyId}>
          {(p) => <AgencySelect {...p} value={form.leadAgencyId} onChange={(leadAgencyId) => setForm({ ...form, leadAgencyId })} />}
        </Field>
        <ChoiceGroup
          legend={labels.riskLevel}
          name="riskLevel"
          value={form.riskLevel}
          onChange={(riskLevel: RiskLevel) => setForm({ ...form, riskLevel })}
          error={errors.riskLevel}
          options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))}
        />
        <Field label={labels.nextReviewDate} hint="For example, 15/01/2027" error={errors.nextReviewDate}>
          {(p) => <DateInput {...p} value={form.nextReviewDate} onChange={(nextReviewDate) => setForm({ ...form, nextReviewDate })} />}
        </Field>
        <Field label={labels.neighbourhood} error={errors.neighbourhood}>
          {(p) => <input {...p} value={form.neighbourhood} onChange={(e) => setForm({ ...form, neighbourhood: e.target.value })} />}
        </Field>
        <Field label={labels.summary} error={errors.summary}>
          {(p) => <textarea {...p} rows={3} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} />}
        </Field>
        <Field label={labels.aspirations} hint="In their own words: what would a good life look like?" error={errors.aspirations}>
          {(p) => <textarea {...p} rows={3} value={form.aspirations} onChange={(e) => setForm({ ...form, aspirations: e.target.value })} />}
        </Field>
        <Field label={labels.strengths} error={errors.strengths}>
          {(p) => <textarea {...p} rows={2} value={form.strengths} onChange={(e) => setForm({ ...form, strengths: e.target.value })} />}
        </Field>
        <fieldset className="field">
          <legend>{labels.needs}</legend>
          <div className="choices">
            {needs.map((need: Need) => (
              <label key={need} className="choice">
                <input
                  type="checkbox"
                  checked={form.needs.includes(need)}
                  onChange={(e) =>
                    setForm({ ...form, needs: e.target.checked ? [...form.needs, need] : form.needs.filter((n) => n !== need) })
                  }
                />
                {needLabels[need]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={pending}>
            Save
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  )
}
