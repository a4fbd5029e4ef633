import { useState, type FormEvent } from 'react'
import type { CasePlan } from '../../../../shared/domain/casePlan'
import { needLabels, type Need } from '../../../../shared/domain/record/needs'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ExportDialog } from '../../components/ExportDialog'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'
import type { ActionView } from '../../../../shared/domain/meetings/views'
import { ActionNeedsEditor, type ActionNeedLink } from './ActionNeedsEditor'
import { RowsEditor, toLines } from './RowsEditor'

/**
 * The parts of the multi-agency case plan not already in the record: the
 * person's own views, dissent, outcomes linked to needs, the safety plan,
 * step-down criteria, distribution and sign-off. Exported as the case plan.
 */
export function CasePlanSection({ caseId, needs, canEdit }: { caseId: string; needs: readonly Need[]; canEdit: boolean }) {
  const plan = useApiQuery('casePlans:get', { id: caseId })
  const caseActions = useApiQuery('actions:listForCase', { id: caseId })
  const [exporting, setExporting] = useState(false)
  return (
    <section id="case-plan" aria-labelledby="case-plan-heading" className="case-section">
      <h2 id="case-plan-heading">Case plan</h2>
      {plan.data && (
        <CasePlanForm key={`${plan.data.version}`} plan={plan.data} needs={needs} actions={caseActions.data ?? []} canEdit={canEdit} />
      )}
      <button type="button" onClick={() => setExporting(true)}>
        Export case plan
      </button>
      <ExportDialog target={exporting ? { kind: 'casePlan', caseId } : null} onClose={() => setExporting(false)} />
    </section>
  )
}

function CasePlanForm({
  plan,
  needs,
  actions,
  canEdit,
}: {
  plan: CasePlan
  needs: readonly Need[]
  actions: readonly ActionView[]
  canEdit: boolean
}) {
  const [personViews, setPersonViews] = useState(plan.personViews)
  const [actionNeeds, setActionNeeds] = useState<ActionNeedLink[]>(plan.actionNeeds)
  const [dissent, setDissent] = useState(plan.dissentingViews)
  const [outcomes, setOutcomes] = useState(plan.outcomes)
  const [contingency, setContingency] = useState(plan.contingency.join('\n'))
  const [contacts, setContacts] = useState(plan.contingencyContacts)
  const [stepDown, setStepDown] = useState(plan.stepDownCriteria.join('\n'))
  const [distribution, setDistribution] = useState(plan.distribution)
  const [signOff, setSignOff] = useState(plan.signOff)
  const save = useApiMutation('casePlans:save')
  const { errors, summaryRef, show, clear } = useFormErrors()
  const announce = useAnnounce()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await save.mutateAsync({
      caseId: plan.caseId,
      personViews,
      dissentingViews: dissent,
      outcomes,
      // Only open actions and needs still on the case: a need removed since would otherwise block the save.
      actionNeeds: actionNeeds
        .filter((link) => actions.some((action) => action.id === link.actionId && action.status === 'open'))
        .map((link) => ({ actionId: link.actionId, needs: link.needs.filter((need) => needs.includes(need)) })),
      contingency: toLines(contingency),
      contingencyContacts: contacts,
      stepDownCriteria: toLines(stepDown),
      distribution,
      signOff,
    })
    if (!result.ok) return show(result.error)
    clear()
    announce(`Case plan saved (version ${result.value.version})`)
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Case plan">
      <p className="hint">
        {plan.updatedAt ? `Version ${plan.version}, last saved ${new Date(plan.updatedAt).toLocaleString('en-GB')}` : 'Not saved yet.'}
      </p>
      <ErrorSummary errors={errors} labels={{}} summaryRef={summaryRef} />
      <fieldset disabled={!canEdit} className="plain-fieldset">
        <Field label="The person's own views" hint="In their words where possible" error={errors.personViews}>
          {(props) => <textarea {...props} rows={3} value={personViews} onChange={(e) => setPersonViews(e.target.value)} />}
        </Field>
        <fieldset className="field rows-editor">
          <legend>Desired outcomes</legend>
          {outcomes.map((outcome, index) => (
            <div className="rows-editor-row" key={index} role="group" aria-label={`Outcome ${index + 1}`}>
              <span className={errors[`outcomes.${index}.description`] ? 'field-error' : undefined}>
                <label htmlFor={`outcome-${index}`}>Outcome</label>
                <input
                  id={`outcome-${index}`}
                  value={outcome.description}
                  onChange={(e) => setOutcomes(outcomes.map((o, i) => (i === index ? { ...o, description: e.target.value } : o)))}
                />
              </span>
              <span className="choices" role="group" aria-label={`Needs outcome ${index + 1} answers`}>
                {needs.map((need) => (
                  <label key={need} className="choice">
                    <input
                      type="checkbox"
                      checked={outcome.needs.includes(need)}
                      onChange={(e) =>
                        setOutcomes(
                          outcomes.map((o, i) =>
                            i === index ? { ...o, needs: e.target.checked ? [...o.needs, need] : o.needs.filter((n) => n !== need) } : o,
                          ),
                        )
                      }
                    />
                    {needLabels[need]}
                  </label>
                ))}
              </span>
              <button
                type="button"
                onClick={() => setOutcomes(outcomes.filter((_, i) => i !== index))}
                aria-label={`Remove outcome ${index + 1}`}
              >
                Remove
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setOutcomes([...outcomes, { description: '', needs: [] }])}>
            Add outcome
          </button>
        </fieldset>
        <ActionNeedsEditor
          actions={actions}
          needs={needs}
          links={actionNeeds}
          onChange={setActionNeeds}
          error={Object.entries(errors).find(([key]) => key.startsWith('actionNeeds'))?.[1]}
        />
        <RowsEditor
          legend="Dissenting professional views"
          rows={dissent}
          fields={[
            { key: 'by', label: 'Who' },
            { key: 'agency', label: 'Agency' },
            { key: 'view', label: 'View' },
          ]}
          empty={{ by: '', agency: '', view: '' }}
          onChange={setDissent}
          errors={errors}
          errorPrefix="dissentingViews"
        />
        <Field label="If things get worse" hint="One step per line" error={errors.contingency}>
          {(props) => <textarea {...props} rows={3} value={contingency} onChange={(e) => setContingency(e.target.value)} />}
        </Field>
        <RowsEditor
          legend="Who to call"
          rows={contacts}
          fields={[
            { key: 'who', label: 'Who' },
            { key: 'service', label: 'Service' },
            { key: 'phone', label: 'Phone' },
            { key: 'when', label: 'When' },
          ]}
          empty={{ who: '', service: '', phone: '', when: '' }}
          onChange={setContacts}
          errors={errors}
          errorPrefix="contingencyContacts"
        />
        <Field label="Step-down criteria" hint="One per line: when the case can close or step down" error={errors.stepDownCriteria}>
          {(props) => <textarea {...props} rows={3} value={stepDown} onChange={(e) => setStepDown(e.target.value)} />}
        </Field>
        <RowsEditor
          legend="Distribution list"
          rows={distribution}
          fields={[
            { key: 'name', label: 'Name' },
            { key: 'agency', label: 'Agency' },
          ]}
          empty={{ name: '', agency: '' }}
          onChange={setDistribution}
          errors={errors}
          errorPrefix="distribution"
        />
        <RowsEditor
          legend="Sign-off"
          rows={signOff}
          fields={[
            { key: 'name', label: 'Name' },
            { key: 'role', label: 'Role' },
            { key: 'agency', label: 'Agency' },
          ]}
          empty={{ name: '', role: '', agency: '' }}
          onChange={setSignOff}
          errors={errors}
          errorPrefix="signOff"
        />
        {canEdit && (
          <button type="submit" className="primary" disabled={save.isPending}>
            Save case plan
          </button>
        )}
      </fieldset>
    </form>
  )
}
