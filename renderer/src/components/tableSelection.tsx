import { useEffect, useRef } from 'react'

/** Optional row selection for the DataTable: a checkbox per row and "select all shown". */
export interface RowSelection<T> {
  selectedIds: ReadonlySet<string>
  onChange: (selectedIds: ReadonlySet<string>) => void
  /** Each row checkbox's accessible name, e.g. "Select: Send the GP letter". */
  rowLabel: (row: T) => string
  /** The select-all checkbox's accessible name, e.g. "Select all shown actions". */
  allLabel: string
  /** Rows that cannot be selected (e.g. closed actions) show no checkbox. */
  canSelect?: (row: T) => boolean
}

export function toggled(ids: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(ids)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/**
 * The header checkbox: ticks every selectable row that is shown (filters
 * applied), or clears them; "mixed" when only some are ticked.
 */
export function SelectAllCheckbox({ label, shownIds, selectedIds, onChange }: { label: string; shownIds: readonly string[]; selectedIds: ReadonlySet<string>; onChange: (ids: ReadonlySet<string>) => void }) {
  const ref = useRef<HTMLInputElement>(null)
  const selectedShown = shownIds.filter((id) => selectedIds.has(id)).length
  const all = shownIds.length > 0 && selectedShown === shownIds.length
  const some = selectedShown > 0 && !all
  // `indeterminate` has no HTML attribute: it can only be set on the element.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some
  }, [some])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={all}
      disabled={shownIds.length === 0}
      onChange={() => onChange(all ? new Set() : new Set(shownIds))}
    />
  )
}
