import { caseStatusLabels, caseStatuses, type CaseSummary } from '../../../../shared/domain/cases'
import { NO_CONSENT_BADGE } from '../../../../shared/domain/record/consent'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import { optionsInUse, type TableFilter } from '../../components/DataTable'


/** The filter bar: fixed lists for rules, and the values in use for people, agencies and places. */
export function caseFilters(cases: readonly CaseSummary[]): TableFilter[] {
  return [
    { columnId: 'status', label: 'Status', options: caseStatuses.map((value) => ({ value, label: caseStatusLabels[value] })) },
    { columnId: 'riskLevel', label: 'Risk', options: riskLevels.map((value) => ({ value, label: riskLabels[value] })) },
    { columnId: 'triageCategory', label: 'Triage decision', options: decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] })) },
    { columnId: 'keyworker', label: 'Keyworker', options: optionsInUse(cases.map((c) => c.keyworkerName)) },
    { columnId: 'agencies', label: 'Agency involved', options: optionsInUse(cases.flatMap((c) => c.agencyNames)) },
    { columnId: 'neighbourhood', label: 'Neighbourhood', options: optionsInUse(cases.map((c) => c.neighbourhood)) },
    { columnId: 'consent', label: 'Consent', options: [{ value: NO_CONSENT_BADGE, label: NO_CONSENT_BADGE }, { value: 'Consent given', label: 'Consent given' }] },
  ]
}
