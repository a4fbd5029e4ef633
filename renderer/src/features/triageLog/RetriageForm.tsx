import { useState, type FormEvent } from 'react'
import { decisionCategories, decisionCategoryLabels, type DecisionCategory } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { riskLabels, riskLevels, type RiskLevel } from '../../../../shared/domain/risk'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { ChoiceGroup, ErrorSummary, Field } from '../../components/FormField'
import { useFormErrors } from '../session/useFormErrors'

/** Circumstances changed: a new assessment of the same contact; the earlier one stays in the log. */
export function RetriageForm({ entry, decidedByUserId, onDone }: { entry: TriageEntryView; decidedByUserId: string; onDone: () => void }) {
  const [riskLevel, setRiskLevel] = useState<RiskLevel | ''>(entry.riskLevel)
  const [decisionCategory, setDecision] = useState<DecisionCategory | ''>(entry.decisionCategory)
  const [notes, setNotes] = useState('')
  const retriage = useApiMutation('triage:retriage', ['triage:list', 'cases:list'])
  const { errors, summaryRef, show } = useFormErrors()
  const announce = useAnnounce()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await retriage.mutateAsync({ entryId: entry.id, riskLevel: riskLevel as RiskLevel, decisionCategory: decisionCategory as DecisionCategory, decisionNotes: notes, decidedByUserId, riskFactors: entry.riskFactors, meetingReasons: entry.meetingReasons, bringToNextMeeting: entry.bringToNextMeeting })
    if (!result.ok) return show(result.error)
    announce(`Re-triaged ${entry.caseReference}`)
    onDone()
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Re-triage ${entry.caseReference}`} className="inline-form" onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <ErrorSummary errors={errors} labels={{ decisionNotes: 'What has changed' }} summaryRef={summaryRef} />
      <ChoiceGroup legend="New risk level" name={`retriage-risk-${entry.id}`} value={riskLevel} onChange={setRiskLevel} options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))} />
      <ChoiceGroup legend="New decision" name={`retriage-decision-${entry.id}`} value={decisionCategory} onChange={setDecision} options={decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] }))} />
      <Field label="What has changed" error={errors.decisionNotes}>{(p) => <textarea {...p} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} autoFocus />}</Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={retriage.isPending}>Save re-triage</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  )
}
