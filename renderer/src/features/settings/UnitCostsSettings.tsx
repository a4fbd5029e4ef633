import { useState, type FormEvent } from 'react'
import { indicativeNote } from '../../../../shared/domain/outcomes/deflators'
import { costBearerLabels, costBearers, type CostBearer } from '../../../../shared/domain/outcomes/costBearers'
import { formatPence } from '../../../../shared/domain/outcomes/money'
import { parsePounds, type UnitCostView } from '../../../../shared/domain/outcomes/unitCosts'
import { demandKindLabels, demandKinds, type DemandKind } from '../../../../shared/domain/record/demand'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useReturnFocus } from '../../components/useReturnFocus'
import { useFormErrors } from '../session/useFormErrors'
import { focusOnMount } from '../../components/focusOnMount'

const labels = {
  costPence: 'Cost per contact (£)',
  priceYear: 'Price year',
  bearer: 'Who bears the cost',
  source: 'Where the figure comes from',
} as const

/** The unit costs behind "cost avoided" on Reports: each with its price year, source and who pays. */
export function UnitCostsSettings({ canEdit }: { canEdit: boolean }) {
  const costs = useApiQuery('unitCosts:list', {})
  const remove = useApiMutation('unitCosts:remove')
  const [editing, setEditing] = useState<DemandKind | null>(null)
  const announce = useAnnounce()
  const { opener, returnTo } = useReturnFocus()
  const byKind = new Map((costs.data ?? []).map((cost) => [cost.kind, cost]))

  const stop = async (kind: DemandKind) => {
    const result = await remove.mutateAsync({ kind })
    announce(result.ok ? `${demandKindLabels[kind]} no longer costed` : result.error.message)
  }

  return (
    <section aria-labelledby="unit-costs-heading">
      <h2 id="unit-costs-heading">Unit costs</h2>
      <p>
        Used to work out cost avoided on Reports. Each cost is uprated from its price year to the report's year by the GDP deflator. A kind
        with no cost is shown as "not costed", never as £0.
      </p>
      <p className="indicative-note">{indicativeNote}</p>
      <table className="plain-table">
        <caption className="visually-hidden">Unit costs</caption>
        <thead>
          <tr>
            <th scope="col">Kind of contact</th>
            <th scope="col">Cost</th>
            <th scope="col">Price year</th>
            <th scope="col">Bears the cost</th>
            <th scope="col">Source</th>
            {canEdit && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {demandKinds.map((kind) => {
            const cost = byKind.get(kind)
            return (
              <tr key={kind}>
                <th scope="row">{demandKindLabels[kind]}</th>
                <td>{cost ? formatPence(cost.costPence) : 'Not costed'}</td>
                <td>{cost?.priceYear ?? ''}</td>
                <td>{cost ? costBearerLabels[cost.bearer] : ''}</td>
                <td>{cost?.source ?? ''}</td>
                {canEdit && (
                  <td className="row-actions">
                    <button
                      type="button"
                      onClick={() => setEditing(kind)}
                      aria-label={`${cost ? 'Change' : 'Set'} the cost of ${demandKindLabels[kind]}`}
                      {...opener(`cost:${kind}`)}
                    >
                      {cost ? 'Change' : 'Set cost'}
                    </button>
                    {cost && (
                      <button type="button" onClick={() => void stop(kind)} aria-label={`Stop costing ${demandKindLabels[kind]}`}>
                        Stop costing
                      </button>
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      {editing !== null && (
        <UnitCostForm
          key={editing}
          kind={editing}
          cost={byKind.get(editing) ?? null}
          onDone={() => {
            returnTo(`cost:${editing}`)
            setEditing(null)
          }}
        />
      )}
    </section>
  )
}

function UnitCostForm({ kind, cost, onDone }: { kind: DemandKind; cost: UnitCostView | null; onDone: () => void }) {
  const [form, setForm] = useState({
    pounds: cost ? (cost.costPence / 100).toFixed(2) : '',
    priceYear: cost?.priceYear ?? '',
    bearer: cost?.bearer ?? '',
    source: cost?.source ?? '',
  })
  const save = useApiMutation('unitCosts:save')
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const costPence = parsePounds(form.pounds)
    if (costPence === null) {
      const message = 'Enter the cost in pounds and pence, for example 216.00'
      return show({ code: 'invalid_input', message, fields: { costPence: message } })
    }
    const bearer = costBearers.find((candidate) => candidate === form.bearer)
    if (!bearer) {
      const message = 'Choose who bears the cost'
      return show({ code: 'invalid_input', message, fields: { bearer: message } })
    }
    const result = await save.mutateAsync({ kind, costPence, priceYear: form.priceYear, bearer, source: form.source })
    if (!result.ok) return show(result.error)
    announce(`${demandKindLabels[kind]}: ${formatPence(costPence)} at ${form.priceYear.trim()} prices saved`)
    onDone()
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={`Cost of ${demandKindLabels[kind]}`}>
      <h3>{demandKindLabels[kind]}</h3>
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      <Field label={labels.costPence} hint="Per contact, at the price year's prices, e.g. 216.00" error={errors.costPence}>
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={form.pounds}
            onChange={(e) => setForm({ ...form, pounds: e.target.value })}
            ref={focusOnMount}
          />
        )}
      </Field>
      <Field label={labels.priceYear} hint="The financial year the figure is priced in, e.g. 2013-14" error={errors.priceYear}>
        {(props) => <input {...props} value={form.priceYear} onChange={(e) => setForm({ ...form, priceYear: e.target.value })} />}
      </Field>
      <Field label={labels.bearer} error={errors.bearer}>
        {(props) => (
          <select {...props} value={form.bearer} onChange={(e) => setForm({ ...form, bearer: e.target.value })}>
            <option value="">Choose…</option>
            {costBearers.map((bearer: CostBearer) => (
              <option key={bearer} value={bearer}>
                {costBearerLabels[bearer]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={labels.source}
        hint="A sentence a board member could check: the publication, the line and its year"
        error={errors.source}
      >
        {(props) => <textarea {...props} rows={3} value={form.source} onChange={(e) => setForm({ ...form, source: e.target.value })} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          Save cost
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
