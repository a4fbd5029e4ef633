import {
  columnFilteringFeature,
  columnVisibilityFeature,
  constructFilterFn,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type RowData,
} from '@tanstack/react-table'

/**
 * A list column (e.g. every agency on a case) matches when the chosen value
 * is one of its entries. TanStack's arrIncludes wants a list of filter
 * values; the filter bar chooses one.
 */
const filterFn_listHas = constructFilterFn({
  filter: (dataValue: unknown, filterValue: unknown) => Array.isArray(dataValue) && dataValue.includes(filterValue),
  autoRemove: (value: unknown) => value === undefined || value === null || value === '',
})

/** The one feature set every Roundtable table uses: sort, filter, search, choose columns. */
export const appTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString, listHas: filterFn_listHas },
})

export type AppTableFeatures = typeof appTableFeatures

export const columnHelperFor = <T extends RowData>() => createColumnHelper<AppTableFeatures, T>()
