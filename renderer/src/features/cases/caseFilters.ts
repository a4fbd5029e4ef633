import { caseStatusLabels, caseStatuses } from '../../../../shared/domain/cases'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import type { CasePageInput, TableFilterOptions } from '../../../../shared/domain/tablePages'
import type { TableFilter } from '../../components/DataTable'
import { chosenOrNull, consentFilter, enumFilter, inUseFilters } from '../../components/filterDefinitions'
import type { PagedState } from '../../components/PagedTable'
import { sortFrom } from '../../components/PagedTable'
import { caseSortKeyOf } from './caseColumns'

/** The filter bar: fixed lists for rules, and the values in use (from the database) for people, agencies and places. */
export function caseFilters(options: TableFilterOptions | undefined): TableFilter[] {
  return [
    enumFilter('status', 'Status', caseStatuses, caseStatusLabels),
    enumFilter('riskLevel', 'Risk', riskLevels, riskLabels),
    enumFilter('triageCategory', 'Triage decision', decisionCategories, decisionCategoryLabels),
    ...inUseFilters(options),
    consentFilter,
  ]
}

/** The table's state as cases:page's input: the filter bar's choices, the sort, the search. */
export function caseInput(state: PagedState): Omit<CasePageInput, 'offset' | 'limit'> {
  const f = state.filters
  return {
    search: state.search,
    sort: sortFrom(state.sorting, caseSortKeyOf) ?? { by: 'reference', direction: 'desc' },
    filter: {
      status: chosenOrNull(f.status),
      riskLevel: chosenOrNull(f.riskLevel),
      triageCategory: chosenOrNull(f.triageCategory),
      keyworkerId: chosenOrNull(f.keyworker),
      agencyId: chosenOrNull(f.agencies),
      neighbourhood: chosenOrNull(f.neighbourhood),
      consent: chosenOrNull(f.consent),
    },
  }
}
