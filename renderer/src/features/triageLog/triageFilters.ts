import { caseStatusLabels, caseStatuses } from '../../../../shared/domain/cases'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import type { TableFilterOptions, TriagePageInput, TriageSortKey } from '../../../../shared/domain/tablePages'
import type { TableFilter } from '../../components/DataTable'
import { sortFrom, type PagedState } from '../../components/PagedTable'
import { chosenOrNull, consentFilter, enumFilter, inUseFilters } from '../../components/filterDefinitions'

/** The log's filter bar: fixed lists for rules, and the values in use (from the database) for people, agencies, places and sources. */
export function triageFilters(options: TableFilterOptions | undefined): TableFilter[] {
  return [
    enumFilter('riskLevel', 'Risk', riskLevels, riskLabels),
    enumFilter('decisionCategory', 'Decision', decisionCategories, decisionCategoryLabels),
    enumFilter('caseStatus', 'Status', caseStatuses, caseStatusLabels),
    ...inUseFilters(options),
    // Sources are kept in Settings: the ones the log holds, by their names now.
    {
      columnId: 'source',
      label: 'Source',
      options: (options?.sources ?? []).map((source) => ({ value: source.key, label: source.label })),
    },
    {
      columnId: 'assessment',
      label: 'Assessment',
      options: [
        { value: 'current', label: 'Current' },
        { value: 'retriage', label: 'Re-triage' },
        { value: 'reassessed', label: 'Re-assessed later' },
      ],
    },
    consentFilter,
  ]
}

/** The channel's sort key for each sortable column (triage:page sorts in the database). */
export const triageSortKeyOf: Readonly<Record<string, TriageSortKey>> = {
  receivedAt: 'receivedAt',
  caseReference: 'caseReference',
  person: 'person',
  riskLevel: 'riskLevel',
  source: 'source',
  decisionCategory: 'decisionCategory',
  caseStatus: 'caseStatus',
  keyworker: 'keyworker',
  neighbourhood: 'neighbourhood',
  decidedByName: 'decidedBy',
}

/** The log's state as triage:page's input. */
export function triageInput(state: PagedState): Omit<TriagePageInput, 'offset' | 'limit'> {
  const f = state.filters
  return {
    search: state.search,
    sort: sortFrom(state.sorting, triageSortKeyOf) ?? { by: 'receivedAt', direction: 'desc' },
    filter: {
      riskLevel: chosenOrNull(f.riskLevel),
      decisionCategory: chosenOrNull(f.decisionCategory),
      caseStatus: chosenOrNull(f.caseStatus),
      keyworkerId: chosenOrNull(f.keyworker),
      agencyId: chosenOrNull(f.agencies),
      neighbourhood: chosenOrNull(f.neighbourhood),
      source: chosenOrNull(f.source),
      assessment: chosenOrNull(f.assessment),
      consent: chosenOrNull(f.consent),
    },
  }
}
