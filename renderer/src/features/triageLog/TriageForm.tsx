import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { decisionCategories, decisionCategoryLabels, triageSourceLabels, triageSources, type DecisionCategory, type TriageSource } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels, type RiskLevel } from '../../../../shared/domain/risk'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { DateInput } from '../../components/DateInput'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { formatDate } from '../../format'
import { useFormErrors } from '../session/useFormErrors'
import { MeetingReasonPicker } from './MeetingReasonPicker'
import { RiskFactorPicker } from './RiskFactorPicker'
import { SamePersonNotice } from './SamePersonNotice'
import { SubjectPicker, type Subject, type SubjectQuery } from './SubjectPicker'
import { freshForm, receivedAt, toTriageInput, type TriageFormState } from './triageForm'

const labels: Record<string, string> = {
  receivedAt: 'Received', source: 'Source', subject: 'Who it is about', 'subject.caseId': 'Who it is about', 'subject.person.firstName': 'First name', 'subject.person.dateOfBirth': 'Date of birth',
  'subject.person.nhsNumber': 'NHS number', summary: 'Summary', riskLevel: 'Risk level', decisionCategory: 'Triage decision', decidedByUserId: 'Decided by',
}
const riskKeys: Record<string, RiskLevel> = { '1': 'high', '2': 'medium', '3': 'low' }
/** Inside the decision group, 1 to 5 choose the decision (in the order listed); elsewhere 1 to 3 are the risk keys. */
const decisionKeys: Record<string, DecisionCategory> = Object.fromEntries(decisionCategories.map((category, index) => [String(index + 1), category]))

/** One form, top to bottom, no tabs: a contact logged in under a minute, by keyboard. Ctrl+Enter saves. */
export function TriageForm({ session, onSaved }: { session: SessionState; onSaved: (entryId: string) => void }) {
  const users = useApiQuery('users:list', {})
  const create = useApiMutation('triage:create', ['triage:list', 'cases:list', 'cases:search', 'triage:checkRepeat'])
  const announce = useAnnounce()
  const { errors, summaryRef, show, clear } = useFormErrors()
  const [form, setForm] = useState<TriageFormState>(() => freshForm(session.user?.id ?? ''))
  const [query, setQuery] = useState<SubjectQuery>({ name: '', dateOfBirth: '' })
  const [subject, setSubject] = useState<Subject>(null)
  const firstField = useRef<HTMLInputElement>(null)
  const set = <K extends keyof TriageFormState>(key: K, value: TriageFormState[K]) => setForm((current) => ({ ...current, [key]: value }))

  const existingCaseId = subject?.mode === 'existing' ? subject.match.caseId : ''
  const at = receivedAt(form.receivedDate, form.receivedTime)
  const repeat = useApiQuery('triage:checkRepeat', { caseId: existingCaseId, receivedAt: at }, { enabled: existingCaseId !== '' && !at.includes(' ') })
  const isRepeat = existingCaseId !== '' && repeat.data?.isRepeat === true

  const escalation = existingCaseId !== '' && repeat.data?.escalationDue === true

  // A repeat ticks "Repeat within 12 months", and 3+ police incidents tick "Escalation", once per chosen case; the user may untick either.
  const [repeatTickedFor, setRepeatTickedFor] = useState('')
  const [escalationTickedFor, setEscalationTickedFor] = useState('')
  if (isRepeat && repeatTickedFor !== existingCaseId) {
    setRepeatTickedFor(existingCaseId)
    if (!form.meetingReasons.includes('repeat')) setForm({ ...form, meetingReasons: [...form.meetingReasons, 'repeat'] })
  } else if (escalation && escalationTickedFor !== existingCaseId) {
    setEscalationTickedFor(existingCaseId)
    if (!form.meetingReasons.includes('escalation')) setForm({ ...form, meetingReasons: [...form.meetingReasons, 'escalation'] })
  }

  const fieldErrors = { ...errors, ...(errors['subject.caseId'] ? { subject: errors['subject.caseId'] } : {}) }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    const result = await create.mutateAsync(toTriageInput(form, subject))
    if (!result.ok) return show(result.error)
    clear()
    announce(`Logged for ${result.value.caseReference}${result.value.isRepeat ? ' (repeat within 12 months)' : ''}`)
    onSaved(result.value.id)
    setForm(freshForm(form.decidedByUserId, form.source))
    setQuery({ name: '', dateOfBirth: '' })
    setSubject(null)
    firstField.current?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void submit()
      return
    }
    const target = event.target as HTMLElement
    const typing = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes((target as HTMLInputElement).type)) || target.tagName === 'SELECT'
    const inDecision = target.closest('[data-keys="decision"]') !== null
    if (!typing && !event.ctrlKey && !event.altKey && inDecision && decisionKeys[event.key]) {
      event.preventDefault()
      const decision = decisionKeys[event.key] as DecisionCategory
      set('decisionCategory', decision)
      // Focus follows the choice, as the arrow keys do in a radio group.
      target.closest('[data-keys="decision"]')?.querySelector<HTMLInputElement>(`input[value="${decision}"]`)?.focus()
    } else if (!typing && !event.ctrlKey && !event.altKey && riskKeys[event.key]) {
      event.preventDefault()
      set('riskLevel', riskKeys[event.key] as RiskLevel)
    }
    // Enter in a one-line field must not send a half-filled form.
    if (event.key === 'Enter' && target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'submit') event.preventDefault()
  }

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="Log a contact" className="triage-form" aria-keyshortcuts="Control+Enter">
      <ErrorSummary errors={fieldErrors} labels={labels} summaryRef={summaryRef} />
      <div className="triage-row">
        <Field label="Date received" error={errors.receivedAt}>{(p) => <DateInput {...p} value={form.receivedDate} onChange={(v) => set('receivedDate', v)} ref={firstField} />}</Field>
        <Field label="Time received" hint="HH:MM">{(p) => <input {...p} value={form.receivedTime} onChange={(e) => set('receivedTime', e.target.value)} inputMode="numeric" />}</Field>
        <Field label="Source" error={errors.source}>
          {(p) => (
            <select {...p} value={form.source} onChange={(e) => set('source', e.target.value as TriageSource | '')}>
              <option value="">Choose…</option>
              {triageSources.map((s) => <option key={s} value={s}>{triageSourceLabels[s]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Source reference" hint="e.g. incident log number">{(p) => <input {...p} value={form.sourceReference} onChange={(e) => set('sourceReference', e.target.value)} />}</Field>
      </div>
      <SubjectPicker query={query} onQuery={setQuery} subject={subject} onSubject={setSubject} errors={fieldErrors} />
      {subject?.mode === 'new' && <SamePersonNotice subject={subject} onLink={(match) => setSubject({ mode: 'existing', match })} />}
      {isRepeat && repeat.data && (
        <div className="notice repeat-notice" role="status">
          <strong>Repeat: seen in the last 12 months.</strong>
          <ul>
            {repeat.data.previous.map((entry) => (
              <li key={entry.id}>
                {formatDate(entry.receivedAt)}: {triageSourceLabels[entry.source]}, {riskLabels[entry.riskLevel]} risk, {decisionCategoryLabels[entry.decisionCategory]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label="Summary" error={errors.summary}>{(p) => <textarea {...p} rows={3} value={form.summary} onChange={(e) => set('summary', e.target.value)} />}</Field>
      <ChoiceGroup legend="Risk level (keys 1, 2, 3)" name="riskLevel" value={form.riskLevel} onChange={(v: RiskLevel) => set('riskLevel', v)} error={errors.riskLevel} options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))} />
      <RiskFactorPicker value={form.riskFactors} onChange={(v) => set('riskFactors', v)} />
      <div data-keys="decision">
        <ChoiceGroup legend="Triage decision (keys 1 to 5, in this order)" name="decisionCategory" value={form.decisionCategory} onChange={(v: DecisionCategory) => set('decisionCategory', v)} error={errors.decisionCategory} options={decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] }))} />
      </div>
      <MeetingReasonPicker
        value={form.meetingReasons}
        onChange={(v) => set('meetingReasons', v)}
        note={
          escalation && repeat.data ? (
            <p className="hint" id="escalation-note">
              Escalation suggested: {repeat.data.policeIncidents} police incidents are recorded for this case in the 12 months to this contact (3 or more).
            </p>
          ) : undefined
        }
      />
      <label className="choice">
        <input type="checkbox" checked={form.bringToNextMeeting} onChange={(e) => set('bringToNextMeeting', e.target.checked)} />
        Bring to the next meeting
      </label>
      <Field label="Decision notes">{(p) => <textarea {...p} rows={2} value={form.decisionNotes} onChange={(e) => set('decisionNotes', e.target.value)} />}</Field>
      <Field label="Decided by" error={errors.decidedByUserId}>
        {(p) => (
          <select {...p} value={form.decidedByUserId} onChange={(e) => set('decidedByUserId', e.target.value)}>
            {users.data?.filter((u) => u.active).map((u) => <option key={u.id} value={u.id}>{u.name} ({u.agencyName})</option>)}
          </select>
        )}
      </Field>
      <button type="submit" className="primary" disabled={create.isPending}>
        Save contact (Ctrl+Enter)
      </button>
    </form>
  )
}
