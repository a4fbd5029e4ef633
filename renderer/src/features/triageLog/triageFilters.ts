import { caseStatusLabels, caseStatuses } from '../../../../shared/domain/cases'
import { decisionCategories, decisionCategoryLabels } from '../../../../shared/domain/record/triage'
import { riskLabels, riskLevels } from '../../../../shared/domain/risk'
import type { TableFilterOptions, TriagePageInput, TriageSortKey } from '../../../../shared/domain/tablePages'
import type { TableFilter } from '../../components/DataTable'
import { sortFrom, type PagedState } from '../../components/PagedTable'
import { consentOptions } from '../cases/caseFilters'

/** The log's filter bar: fixed lists for rules, and the values in use (from the database) for people, agencies, places and sources. */
export function triageFilters(options: TableFilterOptions | undefined): TableFilter[] {
  return [
    { columnId: 'riskLevel', label: 'Risk', options: riskLevels.map((value) => ({ value, label: riskLabels[value] })) },
    {
      columnId: 'decisionCategory',
      label: 'Decision',
      options: decisionCategories.map((value) => ({ value, label: decisionCategoryLabels[value] })),
    },
    { columnId: 'caseStatus', label: 'Status', options: caseStatuses.map((value) => ({ value, label: caseStatusLabels[value] })) },
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
    { columnId: 'consent', label: 'Consent', options: consentOptions },
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

const orNull = (value: string | undefined) => value || null

/** The log's state as triage:page's input. */
export function triageInput(state: PagedState): Omit<TriagePageInput, 'offset' | 'limit'> {
  const f = state.filters
  return {
    search: state.search,
    sort: sortFrom(state.sorting, triageSortKeyOf) ?? { by: 'receivedAt', direction: 'desc' },
    filter: {
      riskLevel: orNull(f.riskLevel),
      decisionCategory: orNull(f.decisionCategory),
      caseStatus: orNull(f.caseStatus),
      keyworkerId: orNull(f.keyworker),
      agencyId: orNull(f.agencies),
      neighbourhood: orNull(f.neighbourhood),
      source: orNull(f.source),
      assessment: orNull(f.assessment),
      consent: orNull(f.consent),
    },
  }
}
