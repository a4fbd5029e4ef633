import { NO_CONSENT_BADGE } from '../../../shared/domain/record/consent'
import type { TableFilterOptions } from '../../../shared/domain/tablePages'
import type { TableFilter } from './DataTable'

/**
 * The filters the database-paged tables share (Cases, Triage log, Actions):
 * fixed lists from a rule's values and labels, and the values in use,
 * which tables:filterOptions reads from the database.
 */

/** A filter over a rule's values, in the rule's order, by its labels. */
export function enumFilter<V extends string>(
  columnId: string,
  label: string,
  values: readonly V[],
  labels: Readonly<Record<V, string>>,
): TableFilter {
  return { columnId, label, options: values.map((value) => ({ value, label: labels[value] })) }
}

/** Keyworker, agency involved and neighbourhood: the people, agencies and places the records hold. */
export function inUseFilters(options: TableFilterOptions | undefined): TableFilter[] {
  return [
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
  ]
}

/** Consent as every table filters it: given, or "No consent to share". */
export const consentFilter: TableFilter = {
  columnId: 'consent',
  label: 'Consent',
  options: [
    { value: 'not_given', label: NO_CONSENT_BADGE },
    { value: 'given', label: 'Consent given' },
  ],
}

/** A filter bar choice as a page input's filter value: nothing chosen is null. */
export const chosenOrNull = (value: string | undefined): string | null => value || null
