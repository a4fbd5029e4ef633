import { caseStatusLabels, caseStatuses } from '../../../../shared/domain/cases'
import { NO_CONSENT_BADGE } from '../../../../shared/domain/record/consent'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import type { TriageEntryView } from '../../../../shared/domain/record/views'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import { optionsInUse, type TableFilter } from '../../components/DataTable'


/** The log's filter bar: fixed lists for rules, and the values in use for people, agencies and places. */
export function triageFilters(entries: readonly TriageEntryView[]): TableFilter[] {
  return [
    { columnId: 'riskLevel', label: 'Risk', options: riskLevels.map((value) => ({ value, label: riskLabels[value] })) },
    { columnId: 'decisionCategory', label: 'Decision', options: decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] })) },
    { columnId: 'caseStatus', label: 'Status', options: caseStatuses.map((value) => ({ value, label: caseStatusLabels[value] })) },
    { columnId: 'keyworker', label: 'Keyworker', options: optionsInUse(entries.map((entry) => entry.keyworkerName)) },
    { columnId: 'agencies', label: 'Agency involved', options: optionsInUse(entries.flatMap((entry) => entry.agencyNames)) },
    { columnId: 'neighbourhood', label: 'Neighbourhood', options: optionsInUse(entries.map((entry) => entry.neighbourhood)) },
    // Sources are kept in Settings: the ones the log holds, by their names now.
    { columnId: 'source', label: 'Source', options: [...new Map(entries.map((entry) => [entry.source, entry.sourceLabel])).entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })) },
    { columnId: 'assessment', label: 'Assessment', options: ['Current', 'Re-triage', 'Re-assessed later'].map((value) => ({ value, label: value })) },
    { columnId: 'consent', label: 'Consent', options: [{ value: NO_CONSENT_BADGE, label: NO_CONSENT_BADGE }, { value: 'Consent given', label: 'Consent given' }] },
  ]
}
