import { useState, type FormEvent } from 'react'
import type { AppSettings } from '../../../../shared/domain/appSettings'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'

const labels = {
  organisationName: 'Organisation name',
  confidentialityStatement: 'Confidentiality statement',
  highRiskNotDiscussedWeeks: 'High-risk cases come back to the agenda after (weeks)',
  escalationMeetings: 'Escalate an action still open after (meetings)',
  dueSoonDays: 'Actions are "due soon" within (days)',
  protectiveMarking: 'Protective marking on documents',
  idleLockMinutes: 'Lock Roundtable after this long without use (minutes)',
  pinOptional: 'Users other than administrators may sign in without a PIN',
} as const

/** Team-wide settings: what documents say, and the agenda's thresholds. */
export function TeamSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useApiQuery('settings:get', {})
  if (!settings.data) return null
  return <TeamSettingsForm key={JSON.stringify(settings.data)} initial={settings.data} canEdit={canEdit} />
}

function TeamSettingsForm({ initial, canEdit }: { initial: AppSettings; canEdit: boolean }) {
  const [form, setForm] = useState(initial)
  const save = useApiMutation('settings:save')
  const { errors, summaryRef, show, clear } = useFormErrors()
  const announce = useAnnounce()
  const number = (key: 'highRiskNotDiscussedWeeks' | 'escalationMeetings' | 'dueSoonDays' | 'idleLockMinutes') => ({
    type: 'number' as const,
    min: 1,
    value: Number.isNaN(form[key]) ? '' : String(form[key]),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: event.target.valueAsNumber }),
    disabled: !canEdit,
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await save.mutateAsync(form)
    if (!result.ok) return show(result.error)
    clear()
    announce('Settings saved')
  }

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team and documents</h2>
      <form onSubmit={submit} noValidate className="settings-form" aria-label="Team and documents">
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label={labels.organisationName} error={errors.organisationName}>
          {(props) => (
            <input
              {...props}
              value={form.organisationName}
              disabled={!canEdit}
              onChange={(e) => setForm({ ...form, organisationName: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={labels.confidentialityStatement}
          hint="Read at the start of every meeting and agreed by each person present"
          error={errors.confidentialityStatement}
        >
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={form.confidentialityStatement}
              disabled={!canEdit}
              onChange={(e) => setForm({ ...form, confidentialityStatement: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={labels.protectiveMarking}
          hint="Printed in every header and footer, e.g. OFFICIAL-SENSITIVE"
          error={errors.protectiveMarking}
        >
          {(props) => (
            <input
              {...props}
              value={form.protectiveMarking}
              disabled={!canEdit}
              onChange={(e) => setForm({ ...form, protectiveMarking: e.target.value })}
            />
          )}
        </Field>
        <Field label={labels.highRiskNotDiscussedWeeks} error={errors.highRiskNotDiscussedWeeks}>
          {(props) => <input {...props} {...number('highRiskNotDiscussedWeeks')} />}
        </Field>
        <Field label={labels.escalationMeetings} error={errors.escalationMeetings}>
          {(props) => <input {...props} {...number('escalationMeetings')} />}
        </Field>
        <Field label={labels.dueSoonDays} error={errors.dueSoonDays}>
          {(props) => <input {...props} {...number('dueSoonDays')} />}
        </Field>
        <Field
          label={labels.idleLockMinutes}
          hint="Anyone coming back to an unattended computer must sign in again"
          error={errors.idleLockMinutes}
        >
          {(props) => <input {...props} {...number('idleLockMinutes')} />}
        </Field>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.pinOptional}
            disabled={!canEdit}
            onChange={(e) => setForm({ ...form, pinOptional: e.target.checked })}
          />
          {labels.pinOptional}
        </label>
        {canEdit && (
          <button type="submit" className="primary" disabled={save.isPending}>
            Save settings
          </button>
        )}
      </form>
    </section>
  )
}
