import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import { caseStatusLabels } from '../../../../shared/domain/cases'
import type { CaseSearchResult } from '../../../../shared/domain/record/views'
import { useApiQuery } from '../../api/client'
import { ConsentBadge } from '../../components/ConsentBadge'
import { toIsoDate } from '../../components/DateInput'
import { RiskBadge } from '../../components/RiskBadge'
import { formatDate } from '../../format'

/** What the user typed, as the search service wants it: a date of birth or text. */
export function searchQuery(typed: string): { text: string; dateOfBirth: string | null } {
  const iso = toIsoDate(typed)
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { text: '', dateOfBirth: iso } : { text: typed.trim(), dateOfBirth: null }
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms)
    return () => window.clearTimeout(timer)
  }, [value, ms])
  return debounced
}

const noResults: CaseSearchResult[] = []

/**
 * "/" or Ctrl+K: find a case by name, reference, date of birth or NHS
 * number. An ARIA combobox: ↑/↓ move through results, Enter opens, Esc closes.
 */
export function GlobalSearch({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  const navigate = useNavigate()
  const [typed, setTyped] = useState('')
  const [active, setActive] = useState(0)
  const query = useDebounced(searchQuery(typed), 200)
  const enabled = query.text.length >= 2 || query.dateOfBirth !== null
  const search = useApiQuery('cases:search', query, { enabled, staleTime: 0 })
  const results = enabled ? (search.data ?? noResults) : noResults

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      inputRef.current?.focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  const openResult = (result: CaseSearchResult | undefined) => {
    if (!result) return
    setTyped('')
    onClose()
    void navigate(`/cases/${result.caseId}`)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (results.length === 0 ? 0 : (current + step + results.length) % results.length))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      openResult(results[Math.min(active, results.length - 1)])
    }
  }

  const optionId = (index: number) => `${listId}-option-${index}`
  const activeIndex = Math.min(active, Math.max(results.length - 1, 0))

  return (
    <dialog ref={dialogRef} className="dialog search-dialog" aria-labelledby={`${listId}-title`} onClose={onClose}>
      <h2 id={`${listId}-title`}>Find a case</h2>
      <label htmlFor={`${listId}-input`}>Name, reference, date of birth (DD/MM/YYYY) or NHS number</label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <p className="hint" aria-live="polite">
        {!enabled
          ? 'Type at least two letters.'
          : search.isFetching
            ? 'Searching…'
            : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`}
      </p>
      <ul id={listId} role="listbox" aria-label="Matching cases" className="search-results">
        {results.map((result, index) => (
          <li
            key={`${result.caseId}:${result.personId ?? ''}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'active' : undefined}
            // The keyboard stays in the search box (aria-activedescendant); a press on an option opens it
            // without first taking focus away from the box.
            onMouseDown={(event) => {
              event.preventDefault()
              openResult(result)
            }}
          >
            <strong>{result.reference}</strong> {result.personName ?? result.title}
            {result.dateOfBirth && <span> · born {formatDate(result.dateOfBirth)}</span>}
            <span> · {caseStatusLabels[result.status]}</span>
            <span> · {result.keyworkerName ?? 'No keyworker'}</span> <RiskBadge level={result.riskLevel} />{' '}
            <ConsentBadge status={result.subjectConsent} />
            <span className="reasons"> ({result.reasons.join(', ')})</span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  )
}
