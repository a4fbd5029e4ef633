import { useEffect, useRef, useState, type FormEvent } from 'react'
import { caseKindLabels, caseKinds, caseStatusLabels, caseStatuses, type CaseKind, type CaseStatus } from '../../../../shared/domain/cases'
import { riskLabels, riskLevels, type RiskLevel } from '../../../../shared/domain/risk'
import { useApiMutation, useApiQuery } from '../../api/client'
import { AgencySelect } from '../../components/AgencySelect'
import { useAnnounce } from '../../components/Announcer'
import { DateInput } from '../../components/DateInput'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'
import { canBeKeyworker } from '../../../../shared/domain/policy'

const labels = {
  kind: 'Type of case',
  title: 'Case title',
  keyworkerId: 'Keyworker',
  leadAgencyId: 'Lead agency',
  status: 'Status',
  riskLevel: 'Risk level',
  nextReviewDate: 'Next review date',
} as const

interface FormState {
  kind: CaseKind | ''
  title: string
  keyworkerId: string
  leadAgencyId: string
  status: CaseStatus
  riskLevel: RiskLevel | ''
  nextReviewDate: string
}

const emptyForm = (keyworkerId: string, leadAgencyId: string): FormState => ({
  kind: 'individual',
  title: '',
  keyworkerId,
  leadAgencyId,
  status: 'open',
  riskLevel: '',
  nextReviewDate: '',
})

/** "New case": a modal form (Esc cancels) with errors at the fields and in a summary. */
export function NewCaseDialog({
  open,
  onClose,
  defaultKeyworkerId,
  defaultAgencyId,
}: {
  open: boolean
  onClose: () => void
  defaultKeyworkerId: string
  defaultAgencyId: string
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const users = useApiQuery('users:list', {})
  const create = useApiMutation('cases:create')
  const announce = useAnnounce()
  const { errors, summaryRef, show, clear } = useFormErrors()
  const [form, setForm] = useState<FormState>(() => emptyForm(defaultKeyworkerId, defaultAgencyId))

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      setForm(emptyForm(defaultKeyworkerId, defaultAgencyId))
      clear()
      dialog.showModal()
      titleRef.current?.focus()
    }
    if (!open && dialog.open) dialog.close()
    // clear is stable in behaviour; re-running on its identity would reset the form mid-edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, defaultKeyworkerId, defaultAgencyId])

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((current) => ({ ...current, [key]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await create.mutateAsync({
      kind: form.kind as CaseKind,
      title: form.title,
      keyworkerId: form.keyworkerId,
      leadAgencyId: form.leadAgencyId,
      status: form.status,
      riskLevel: form.riskLevel as RiskLevel,
      nextReviewDate: form.nextReviewDate || null,
    })
    if (!result.ok) {
      show(result.error)
      return
    }
    announce(`Case ${result.value.reference} created`)
    onClose()
  }

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="new-case-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="new-case-title">New case</h2>
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label={labels.title} hint="The person's or family's name, as the team knows them" error={errors.title}>
          {(props) => <input {...props} value={form.title} onChange={(e) => set('title', e.target.value)} ref={titleRef} />}
        </Field>
        <ChoiceGroup
          legend={labels.kind}
          name="kind"
          value={form.kind}
          onChange={(value) => set('kind', value)}
          error={errors.kind}
          options={caseKinds.map((value) => ({ value, label: caseKindLabels[value] }))}
        />
        <Field label={labels.keyworkerId} error={errors.keyworkerId}>
          {(props) => (
            <select {...props} value={form.keyworkerId} onChange={(e) => set('keyworkerId', e.target.value)}>
              <option value="">Choose…</option>
              {users.data
                ?.filter((user) => user.active && canBeKeyworker(user.role))
                .map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} ({user.agencyName})
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={labels.leadAgencyId} error={errors.leadAgencyId}>
          {(props) => <AgencySelect {...props} value={form.leadAgencyId} onChange={(agencyId) => set('leadAgencyId', agencyId)} />}
        </Field>
        <ChoiceGroup
          legend={labels.riskLevel}
          name="riskLevel"
          value={form.riskLevel}
          onChange={(value) => set('riskLevel', value)}
          error={errors.riskLevel}
          options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))}
        />
        <Field label={labels.status} error={errors.status}>
          {(props) => (
            <select {...props} value={form.status} onChange={(e) => set('status', e.target.value as CaseStatus)}>
              {caseStatuses
                .filter((status) => status !== 'closed')
                .map((status) => (
                  <option key={status} value={status}>
                    {caseStatusLabels[status]}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={labels.nextReviewDate} hint="Optional. For example, 15/01/2027" error={errors.nextReviewDate}>
          {(props) => <DateInput {...props} value={form.nextReviewDate} onChange={(value) => set('nextReviewDate', value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            Create case
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
