import { useState, type InputHTMLAttributes, type Ref } from 'react'
import { isRealDate } from '../../../shared/domain/common'

/** "15/01/2027" or "2027-01-15" → "2027-01-15"; anything else is returned as typed. */
export function toIsoDate(text: string): string {
  const trimmed = text.trim()
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed)
  if (uk) {
    const [, day = '', month = '', year = ''] = uk
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
    return isRealDate(iso) ? iso : trimmed
  }
  return trimmed
}

export function fromIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string
  onChange: (isoOrRaw: string) => void
  ref?: Ref<HTMLInputElement>
}

/**
 * A UK date typed as DD/MM/YYYY. A plain text field is faster by keyboard
 * than a date picker and behaves the same in every browser and locale; the
 * services validate what it gives them.
 */
export function DateInput({ value, onChange, ...props }: DateInputProps) {
  const [text, setText] = useState(() => fromIsoDate(value))
  const [lastValue, setLastValue] = useState(value)
  // Only an outside change of value (e.g. a form reset) rewrites what the user typed.
  if (value !== lastValue) {
    setLastValue(value)
    if (toIsoDate(text) !== value) setText(fromIsoDate(value))
  }
  return (
    <input
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="DD/MM/YYYY"
      value={text}
      onChange={(event) => {
        setText(event.target.value)
        onChange(toIsoDate(event.target.value))
      }}
    />
  )
}
