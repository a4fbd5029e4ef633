import { useId, useRef, useState } from 'react'
import { riskFactorSuggestions } from '../../../../shared/domain/record/triage'
import { useAnnounce } from '../../components/Announcer'
import { CheckboxList } from './CheckboxList'

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Checkboxes with a typeahead filter. Ticked factors always stay in view; Enter
 * in the filter ticks the first factor that matches and clears the filter for
 * the next. A factor not in the list is added only with its own button, so a
 * half-typed word never becomes a factor. The parent gives it a new `key` for
 * each contact, so the filter never carries over.
 */
export function RiskFactorPicker({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const id = useId()
  const announce = useAnnounce()
  const [filter, setFilter] = useState('')
  const filterRef = useRef<HTMLInputElement>(null)
  const typed = filter.trim()
  const options = [...new Set([...riskFactorSuggestions, ...value])]
  const matches = options.filter((option) => option.toLowerCase().includes(typed.toLowerCase()))
  const shown = options.filter((option) => matches.includes(option) || value.includes(option))
  const toggle = (factor: string, on: boolean) => onChange(on ? [...value, factor] : value.filter((f) => f !== factor))
  const canAdd = typed !== '' && !options.some((option) => same(option, typed))
  const tickFirstMatch = () => {
    const match = matches.find((option) => !value.includes(option))
    if (match) {
      onChange([...value, match])
      setFilter('')
      announce(`Ticked ${match}`)
    } else {
      announce(typed === '' ? 'Type part of a risk factor to tick it' : `No unticked risk factor matches ${typed}`)
    }
  }
  const addTyped = () => {
    onChange([...value, typed])
    setFilter('')
    // The button goes once the factor is added: focus returns to the filter for the next one.
    filterRef.current?.focus()
    announce(`Added ${typed} as a risk factor`)
  }
  return (
    <fieldset className="field">
      <legend>Risk factors</legend>
      <label htmlFor={`${id}-filter`} className="hint">
        Type to filter, Enter ticks the first match; ↑/↓ move in the list
      </label>
      <div className="factor-filter">
        <input
          id={`${id}-filter`}
          ref={filterRef}
          value={filter}
          autoComplete="off"
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault()
              tickFirstMatch()
            } else if (e.key === 'Escape' && filter !== '') {
              e.preventDefault()
              e.stopPropagation()
              setFilter('')
            }
          }}
        />
        {canAdd && (
          <button type="button" onClick={addTyped}>
            Add “{typed}” as a new risk factor
          </button>
        )}
      </div>
      {matches.length === 0 && typed !== '' && <p className="hint">No risk factor in the list matches “{typed}”.</p>}
      <CheckboxList className="factor-list" items={shown} checked={value} onToggle={toggle} label={(factor) => factor} />
    </fieldset>
  )
}
