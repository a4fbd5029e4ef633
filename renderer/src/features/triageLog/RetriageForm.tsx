import { useState, type FormEvent } from 'react'
import {
  decisionCategories,
  decisionCategoryLabels,
  type DecisionCategory,
  type MeetingReason,
} from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { riskLabels, riskLevels, type RiskLevel } from '../../../../shared/domain/risk'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'
import { MeetingReasonPicker } from './MeetingReasonPicker'
import { RiskFactorPicker } from './RiskFactorPicker'
import { focusOnMount } from '../../components/focusOnMount'

/**
 * Circumstances changed: a new assessment of the same contact; the earlier one
 * stays in the log. Everything starts as the earlier entry had it.
 */
export function RetriageForm({ entry, decidedByUserId, onDone }: { entry: TriageEntryView; decidedByUserId: string; onDone: () => void }) {
  const [riskLevel, setRiskLevel] = useState<RiskLevel | ''>(entry.riskLevel)
  const [decisionCategory, setDecision] = useState<DecisionCategory | ''>(entry.decisionCategory)
  const [riskFactors, setRiskFactors] = useState<string[]>(entry.riskFactors)
  const [meetingReasons, setMeetingReasons] = useState<MeetingReason[]>(entry.meetingReasons)
  const [bring, setBring] = useState(entry.bringToNextMeeting)
  const [notes, setNotes] = useState('')
  const retriage = useApiMutation('triage:retriage')
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await retriage.mutateAsync({
      entryId: entry.id,
      riskLevel: riskLevel as RiskLevel,
      decisionCategory: decisionCategory as DecisionCategory,
      decisionNotes: notes,
      decidedByUserId,
      riskFactors,
      meetingReasons,
      bringToNextMeeting: bring,
    })
    if (!result.ok) return show(result.error)
    announce(`Re-triaged ${entry.caseReference}`)
    onDone()
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Re-triage ${entry.caseReference}`}
      className="inline-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone()
        // Enter in the risk-factor filter ticks a factor; elsewhere in a one-line field it must not send the form.
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type === 'text')
          e.preventDefault()
      }}
    >
      <ErrorSummary
        errors={errors}
        labels={{ decisionNotes: 'What has changed', riskLevel: 'New risk level', decisionCategory: 'New decision' }}
        summaryRef={summaryRef}
      />
      <Field label="What has changed" error={errors.decisionNotes}>
        {(p) => <textarea {...p} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} ref={focusOnMount} />}
      </Field>
      <ChoiceGroup
        legend="New risk level"
        name={`retriage-risk-${entry.id}`}
        value={riskLevel}
        onChange={setRiskLevel}
        error={errors.riskLevel}
        options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))}
      />
      <RiskFactorPicker value={riskFactors} onChange={setRiskFactors} />
      <ChoiceGroup
        legend="New decision"
        name={`retriage-decision-${entry.id}`}
        value={decisionCategory}
        onChange={setDecision}
        error={errors.decisionCategory}
        options={decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] }))}
      />
      <MeetingReasonPicker value={meetingReasons} onChange={setMeetingReasons} />
      <label className="choice">
        <input type="checkbox" checked={bring} onChange={(e) => setBring(e.target.checked)} />
        Bring to the next meeting
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={retriage.isPending}>
          Save re-triage
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
