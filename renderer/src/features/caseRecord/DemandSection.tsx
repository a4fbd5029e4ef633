import { useState, type FormEvent } from 'react'
import { demandKindLabels, demandKinds, type DemandKind } from '../../../../shared/domain/record/demand'
import type { CaseDetail } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'
import { DateInput } from '../../components/DateInput'
import { ErrorSummary, Field } from '../../components/FormField'
import { formatDate } from '../../format'
import { useSave } from './useSave'
import { EnumOptions } from '../../components/EnumOptions'
import { PlainTable } from '../../components/PlainTable'

const labels = {
  kind: 'Kind of contact',
  periodStart: 'Date (or start of period)',
  periodEnd: 'End of period',
  count: 'How many',
  note: 'Note',
  personId: 'Person',
} as const

/** Demand on services (police, ambulance, A&E…): single events or counts over a period, with totals. */
export function DemandSection({ detail, canEdit }: { detail: CaseDetail; canEdit: boolean }) {
  const events = useApiQuery('demand:list', { id: detail.id })
  const [form, setForm] = useState({ kind: '' as DemandKind | '', personId: '', periodStart: '', periodEnd: '', count: '1', note: '' })
  const { save, pending, errors, summaryRef } = useSave('demand:add')
  const totals = demandKinds
    .map((kind) => ({ kind, total: (events.data ?? []).filter((e) => e.kind === kind).reduce((sum, e) => sum + e.count, 0) }))
    .filter((t) => t.total > 0)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const saved = await save(
      {
        caseId: detail.id,
        personId: form.personId || null,
        kind: form.kind as DemandKind,
        periodStart: form.periodStart,
        periodEnd: form.periodEnd || null,
        count: Number(form.count),
        note: form.note,
      },
      'Demand recorded',
    )
    if (saved) setForm({ kind: form.kind, personId: form.personId, periodStart: '', periodEnd: '', count: '1', note: '' })
  }

  return (
    <section id="demand" aria-labelledby="demand-heading" className="case-section">
      <h2 id="demand-heading">Demand on services</h2>
      <p>{totals.length ? totals.map((t) => `${demandKindLabels[t.kind]}: ${t.total}`).join(' · ') : 'No demand recorded yet.'}</p>
      {(events.data ?? []).length > 0 && (
        <PlainTable
          caption="Demand events"
          hiddenCaption
          rows={events.data}
          rowKey={(e) => e.id}
          columns={[
            { header: 'Kind', cell: (e) => demandKindLabels[e.kind] },
            { header: 'Person', cell: (e) => e.personName ?? 'Whole case' },
            {
              header: 'When',
              cell: (e) =>
                e.periodStart === e.periodEnd ? formatDate(e.periodStart) : `${formatDate(e.periodStart)} to ${formatDate(e.periodEnd)}`,
            },
            { header: 'Count', cell: (e) => e.count },
            { header: 'Note', cell: (e) => e.note },
          ]}
        />
      )}
      {canEdit && (
        <form onSubmit={submit} noValidate aria-label="Record demand" className="inline-form">
          <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
          <Field label={labels.kind} error={errors.kind}>
            {(p) => (
              <select {...p} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as DemandKind | '' })}>
                <option value="">Choose…</option>
                <EnumOptions values={demandKinds} labels={demandKindLabels} />
              </select>
            )}
          </Field>
          <Field label={labels.personId} hint="Optional: leave as the whole case, or choose one person" error={errors.personId}>
            {(p) => (
              <select {...p} value={form.personId} onChange={(e) => setForm({ ...form, personId: e.target.value })}>
                <option value="">Whole case</option>
                {detail.people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {[person.firstName, person.lastName].filter(Boolean).join(' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={labels.periodStart} error={errors.periodStart}>
            {(p) => <DateInput {...p} value={form.periodStart} onChange={(periodStart) => setForm({ ...form, periodStart })} />}
          </Field>
          <Field label={labels.periodEnd} hint="Only for a count over a period" error={errors.periodEnd}>
            {(p) => <DateInput {...p} value={form.periodEnd} onChange={(periodEnd) => setForm({ ...form, periodEnd })} />}
          </Field>
          <Field label={labels.count} error={errors.count}>
            {(p) => <input {...p} type="number" min={1} value={form.count} onChange={(e) => setForm({ ...form, count: e.target.value })} />}
          </Field>
          <Field label={labels.note} error={errors.note}>
            {(p) => <input {...p} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />}
          </Field>
          <button type="submit" className="primary" disabled={pending}>
            Record demand
          </button>
        </form>
      )}
    </section>
  )
}
