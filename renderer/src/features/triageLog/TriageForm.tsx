import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { checkReceived } from '../../../../shared/domain/record/received'
import {
  decisionCategories,
  decisionCategoryLabels,
  type DecisionCategory,
  type TriageSource,
} from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels, type RiskLevel } from '../../../../shared/domain/risk'
import type { SessionState } from '../../../../shared/domain/session'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { DateInput } from '../../components/DateInput'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { formatDate } from '../../format'
import { localToday } from '../dashboard/dashboardData'
import { useFormErrors } from '../session/useFormErrors'
import { MeetingReasonPicker } from './MeetingReasonPicker'
import { RiskFactorPicker } from './RiskFactorPicker'
import { SamePersonNotice } from './SamePersonNotice'
import { SubjectPicker, type Subject, type SubjectQuery } from './SubjectPicker'
import { keepTriageDraft, readTriageDraft } from './triageDraft'
import { freshForm, isBlank, placeErrors, receivedAt, receivedNow, toTriageInput, type TriageFormState } from './triageForm'

const labels: Record<string, string> = {
  receivedDate: 'Date received',
  receivedTime: 'Time received',
  source: 'Source',
  subject: 'Who it is about',
  'subject.person.firstName': 'First name',
  'subject.person.lastName': 'Last name',
  'subject.person.dateOfBirth': 'Date of birth',
  'subject.person.nhsNumber': 'NHS number',
  'subject.kind': 'Individual or family',
  summary: 'Summary',
  riskLevel: 'Risk level',
  decisionCategory: 'Triage decision',
  decidedByUserId: 'Decided by',
  'subject.leadAgencyId': 'Lead agency for the new case',
}
const riskKeys: Record<string, RiskLevel> = { '1': 'high', '2': 'medium', '3': 'low' }
/** Inside the decision group, 1 to 5 choose the decision (in the order listed); elsewhere 1 to 3 are the risk keys. */
const decisionKeys: Record<string, DecisionCategory> = Object.fromEntries(
  decisionCategories.map((category, index) => [String(index + 1), category]),
)
const noQuery: SubjectQuery = { name: '', dateOfBirth: '' }

/**
 * One form, top to bottom, no tabs: a contact logged in under 45 seconds, by
 * keyboard. Ctrl+Enter saves. What is typed survives leaving the screen (a
 * draft, in memory) until it is saved or discarded.
 */
export function TriageForm({ session, onSaved }: { session: SessionState; onSaved: (entryId: string) => void }) {
  const userId = session.user?.id ?? ''
  const users = useApiQuery('users:list', {})
  const agencies = useApiQuery('agencies:list', {})
  // The sources kept in Settings, retired ones left out.
  const sources = useApiQuery('triageSources:list', { includeRetired: false })
  const create = useApiMutation('triage:create')
  const announce = useAnnounce()
  const { errors, summaryRef, show, clear } = useFormErrors()
  const [draft] = useState(() => readTriageDraft(userId))
  const [form, setForm] = useState<TriageFormState>(() => draft?.form ?? freshForm(userId, '', new Date()))
  const [query, setQuery] = useState<SubjectQuery>(draft?.query ?? noQuery)
  const [subject, setSubject] = useState<Subject>(draft?.subject ?? null)
  const [restored, setRestored] = useState(draft !== null)
  // A new number for each contact: the pickers holding their own state (the risk-factor filter) start afresh.
  const [contact, setContact] = useState(0)
  const firstField = useRef<HTMLInputElement>(null)
  const set = <K extends keyof TriageFormState>(key: K, value: TriageFormState[K]) => setForm((current) => ({ ...current, [key]: value }))

  const blank = isBlank(form, query, subject)
  useEffect(() => {
    keepTriageDraft(blank ? null : { userId, form, query, subject })
  }, [blank, userId, form, query, subject])
  // "Received" defaults to now and follows the clock until anything is typed, so a form left open all morning still says when the call came.
  const following = useRef(blank)
  useEffect(() => {
    following.current = blank
  }, [blank])
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (following.current) setForm((current) => (current.receivedEdited ? current : { ...current, ...receivedNow(new Date()) }))
    }, 15_000)
    return () => window.clearInterval(timer)
  }, [])

  const existingCaseId = subject?.mode === 'existing' ? subject.match.caseId : ''
  const at = receivedAt(form.receivedDate, form.receivedTime)
  const repeat = useApiQuery(
    'triage:checkRepeat',
    { caseId: existingCaseId, receivedAt: at, ...(form.source ? { source: form.source } : {}) },
    { enabled: existingCaseId !== '' && !at.includes(' ') },
  )
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

  // High risk is the "visible high risk" reason for the meeting: ticked once when High is chosen; the user may untick it.
  const [highRiskTicked, setHighRiskTicked] = useState(form.riskLevel === 'high')
  if (form.riskLevel === 'high' && !highRiskTicked) {
    setHighRiskTicked(true)
    if (!form.meetingReasons.includes('visible_high_risk'))
      setForm({ ...form, meetingReasons: [...form.meetingReasons, 'visible_high_risk'] })
  } else if (form.riskLevel !== 'high' && highRiskTicked) {
    setHighRiskTicked(false)
  }

  const startAfresh = (decidedByUserId: string, source: TriageSource | '') => {
    setForm(freshForm(decidedByUserId, source, new Date()))
    setQuery(noQuery)
    setSubject(null)
    setRestored(false)
    setContact((n) => n + 1)
    clear()
    firstField.current?.focus()
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (create.isPending) return
    const received = checkReceived(form.receivedDate, form.receivedTime)
    const result = await create.mutateAsync(toTriageInput(form, subject))
    if (!result.ok) return show(placeErrors(result.error, received, localToday()))
    announce(`Logged for ${result.value.caseReference}${result.value.isRepeat ? ' (repeat within 12 months)' : ''}`)
    onSaved(result.value.id)
    startAfresh(form.decidedByUserId, form.source)
  }

  const discardDraft = () => {
    startAfresh(form.decidedByUserId, form.source)
    announce('Draft discarded')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void submit()
      return
    }
    const target = event.target as HTMLElement
    const typing =
      target.tagName === 'TEXTAREA' ||
      (target.tagName === 'INPUT' && !['radio', 'checkbox'].includes((target as HTMLInputElement).type)) ||
      target.tagName === 'SELECT'
    const inDecision = target.closest('[data-keys="decision"]') !== null
    const decision = decisionKeys[event.key]
    const risk = riskKeys[event.key]
    // Focus follows the choice, as the arrow keys do in a radio group, so Tab goes on from the group just answered.
    if (!typing && !event.ctrlKey && !event.altKey && inDecision && decision) {
      event.preventDefault()
      set('decisionCategory', decision)
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="decisionCategory"][value="${decision}"]`)?.focus()
    } else if (!typing && !event.ctrlKey && !event.altKey && risk) {
      event.preventDefault()
      set('riskLevel', risk)
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="riskLevel"][value="${risk}"]`)?.focus()
    }
    // Enter in a one-line field must not send a half-filled form.
    if (event.key === 'Enter' && target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'submit') event.preventDefault()
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label="Log a contact"
      className="triage-form"
      aria-keyshortcuts="Control+Enter"
    >
      <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
      {restored && (
        <div className="notice draft-notice" role="status">
          <p>This is the contact you were typing before you left this screen. It has not been saved.</p>
          <button type="button" onClick={discardDraft}>
            Discard draft
          </button>
        </div>
      )}
      <div className="triage-columns">
        <div className="triage-column">
          <div className="triage-row">
            <Field label="Date received" name="receivedDate" error={errors.receivedDate}>
              {(p) => (
                <DateInput
                  {...p}
                  value={form.receivedDate}
                  onChange={(v) => setForm((current) => ({ ...current, receivedDate: v, receivedEdited: true }))}
                  ref={firstField}
                  className="date-field"
                />
              )}
            </Field>
            <Field label="Time received" name="receivedTime" hint="HH:MM" error={errors.receivedTime}>
              {(p) => (
                <input
                  {...p}
                  value={form.receivedTime}
                  onChange={(e) => setForm((current) => ({ ...current, receivedTime: e.target.value, receivedEdited: true }))}
                  inputMode="numeric"
                  className="time-field"
                />
              )}
            </Field>
            <Field label="Source" name="source" error={errors.source}>
              {(p) => (
                <select {...p} value={form.source} onChange={(e) => set('source', e.target.value)}>
                  <option value="">Choose…</option>
                  {sources.data?.map((s) => (
                    <option key={s.key} value={s.key}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Source reference" name="sourceReference" hint="e.g. incident log number" error={errors.sourceReference}>
              {(p) => <input {...p} value={form.sourceReference} onChange={(e) => set('sourceReference', e.target.value)} />}
            </Field>
          </div>
          <SubjectPicker query={query} onQuery={setQuery} subject={subject} onSubject={setSubject} errors={errors} />
          {subject?.mode === 'new' && <SamePersonNotice subject={subject} onLink={(match) => setSubject({ mode: 'existing', match })} />}
          {isRepeat && repeat.data && (
            <div className="notice repeat-notice" role="status">
              <strong>Repeat: seen in the last 12 months.</strong>
              <ul>
                {repeat.data.previous.map((entry) => (
                  <li key={entry.id}>
                    {formatDate(entry.receivedAt)}: {entry.sourceLabel}, {riskLabels[entry.riskLevel]} risk,{' '}
                    {decisionCategoryLabels[entry.decisionCategory]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Field label="Summary" name="summary" error={errors.summary}>
            {(p) => <textarea {...p} rows={3} value={form.summary} onChange={(e) => set('summary', e.target.value)} />}
          </Field>
        </div>
        <div className="triage-column">
          <ChoiceGroup
            legend="Risk level (keys 1, 2, 3)"
            name="riskLevel"
            value={form.riskLevel}
            onChange={(v: RiskLevel) => set('riskLevel', v)}
            error={errors.riskLevel}
            options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))}
          />
          <RiskFactorPicker key={contact} value={form.riskFactors} onChange={(v) => set('riskFactors', v)} />
          <div data-keys="decision">
            <ChoiceGroup
              legend="Triage decision (keys 1 to 5, in this order)"
              name="decisionCategory"
              value={form.decisionCategory}
              onChange={(v: DecisionCategory) => set('decisionCategory', v)}
              error={errors.decisionCategory}
              options={decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] }))}
            />
          </div>
          <MeetingReasonPicker
            value={form.meetingReasons}
            onChange={(v) => set('meetingReasons', v)}
            note={
              escalation && repeat.data ? (
                <p className="hint" id="escalation-note">
                  Escalation suggested: {repeat.data.policeIncidents} police incidents (recorded as demand or triaged from the police) in
                  the 12 months to this contact (3 or more).
                </p>
              ) : undefined
            }
          />
          <label className="choice">
            <input type="checkbox" checked={form.bringToNextMeeting} onChange={(e) => set('bringToNextMeeting', e.target.checked)} />
            Bring to the next meeting
          </label>
          <div className="triage-row">
            <Field label="Decision notes" name="decisionNotes" error={errors.decisionNotes}>
              {(p) => <textarea {...p} rows={1} value={form.decisionNotes} onChange={(e) => set('decisionNotes', e.target.value)} />}
            </Field>
            <Field label="Decided by" name="decidedByUserId" error={errors.decidedByUserId}>
              {(p) => (
                <select {...p} value={form.decidedByUserId} onChange={(e) => set('decidedByUserId', e.target.value)}>
                  {users.data
                    ?.filter((u) => u.active)
                    .map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name} ({u.agencyName})
                      </option>
                    ))}
                </select>
              )}
            </Field>
            {subject?.mode === 'new' && (
              // A new person's case needs a lead: asked here, not assumed, because the
              // agency that triages (housing, police) is often not the one that should lead.
              <Field
                label="Lead agency for the new case"
                name="subject.leadAgencyId"
                hint="Starts as the agency of who decided; change it if another agency should lead"
                error={errors['subject.leadAgencyId']}
              >
                {(p) => (
                  <select
                    {...p}
                    value={form.leadAgencyId || (users.data?.find((u) => u.id === form.decidedByUserId)?.agencyId ?? '')}
                    onChange={(e) => set('leadAgencyId', e.target.value)}
                  >
                    {agencies.data?.map((agency) => (
                      <option key={agency.id} value={agency.id}>
                        {agency.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
        </div>
      </div>
      <div className="triage-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          Save contact (Ctrl+Enter)
        </button>
      </div>
    </form>
  )
}
