import { caseStatusLabels, caseStatuses } from '../../../../shared/domain/cases'
import { NO_CONSENT_BADGE } from '../../../../shared/domain/record/consent'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import type { CasePageInput, TableFilterOptions } from '../../../../shared/domain/tablePages'
import type { TableFilter } from '../../components/DataTable'
import type { PagedState } from '../../components/PagedTable'
import { sortFrom } from '../../components/PagedTable'
import { caseSortKeyOf } from './caseColumns'

/** Consent as every table filters it: given, or "No consent to share". */
export const consentOptions = [
  { value: 'not_given', label: NO_CONSENT_BADGE },
  { value: 'given', label: 'Consent given' },
]

/** The filter bar: fixed lists for rules, and the values in use (from the database) for people, agencies and places. */
export function caseFilters(options: TableFilterOptions | undefined): TableFilter[] {
  return [
    { columnId: 'status', label: 'Status', options: caseStatuses.map((value) => ({ value, label: caseStatusLabels[value] })) },
    { columnId: 'riskLevel', label: 'Risk', options: riskLevels.map((value) => ({ value, label: riskLabels[value] })) },
    {
      columnId: 'triageCategory',
      label: 'Triage decision',
      options: decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] })),
    },
    {
      columnId: 'keyworker',
      label: 'Keyworker',
      options: (options?.keyworkers ?? []).map((user) => ({ value: user.id, label: user.name })),
    },
    {
      columnId: 'agencies',
      label: 'Agency involved',
      options: (options?.agencies ?? []).map((agency) => ({ value: agency.id, label: agency.name })),
    },
    {
      columnId: 'neighbourhood',
      label: 'Neighbourhood',
      options: (options?.neighbourhoods ?? []).map((value) => ({ value, label: value })),
    },
    { columnId: 'consent', label: 'Consent', options: consentOptions },
  ]
}

const orNull = (value: string | undefined) => value || null

/** The table's state as cases:page's input: the filter bar's choices, the sort, the search. */
export function caseInput(state: PagedState): Omit<CasePageInput, 'offset' | 'limit'> {
  const f = state.filters
  return {
    search: state.search,
    sort: sortFrom(state.sorting, caseSortKeyOf) ?? { by: 'reference', direction: 'desc' },
    filter: {
      status: orNull(f.status),
      riskLevel: orNull(f.riskLevel),
      triageCategory: orNull(f.triageCategory),
      keyworkerId: orNull(f.keyworker),
      agencyId: orNull(f.agencies),
      neighbourhood: orNull(f.neighbourhood),
      consent: orNull(f.consent),
    },
  }
}
