import { useId, useState } from 'react'
import { riskFactorSuggestions } from '../../../../shared/domain/record/triage'

/** Checkboxes with a typeahead filter; anything typed that is not in the list can be added as it is. */
export function RiskFactorPicker({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const id = useId()
  const [filter, setFilter] = useState('')
  const options = [...new Set([...riskFactorSuggestions, ...value])]
  const shown = options.filter((option) => option.toLowerCase().includes(filter.trim().toLowerCase()))
  const toggle = (factor: string, on: boolean) => onChange(on ? [...value, factor] : value.filter((f) => f !== factor))
  const addTyped = () => {
    const typed = filter.trim()
    if (typed && !value.includes(typed)) onChange([...value, typed])
    setFilter('')
  }
  return (
    <fieldset className="field">
      <legend>Risk factors</legend>
      <label htmlFor={`${id}-filter`} className="hint">Type to filter, Enter adds what you typed</label>
      <input
        id={`${id}-filter`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey) {
            e.preventDefault()
            addTyped()
          }
        }}
      />
      <div className="choices factor-list">
        {shown.map((factor) => (
          <label key={factor} className="choice">
            <input type="checkbox" checked={value.includes(factor)} onChange={(e) => toggle(factor, e.target.checked)} />
            {factor}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
