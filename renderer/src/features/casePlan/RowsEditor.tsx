import { useId } from 'react'

export interface RowField<Row> {
  key: keyof Row & string
  label: string
}

/**
 * A small repeatable-rows editor (contacts, distribution list, sign-off):
 * each row a fieldset of labelled inputs, with Add and Remove buttons.
 */
export function RowsEditor<Row extends Record<string, string>>({
  legend,
  rows,
  fields,
  empty,
  onChange,
  errors,
  errorPrefix,
}: {
  legend: string
  rows: Row[]
  fields: ReadonlyArray<RowField<Row>>
  empty: Row
  onChange: (rows: Row[]) => void
  errors: Record<string, string>
  errorPrefix: string
}) {
  const id = useId()
  const update = (index: number, key: keyof Row, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)))
  return (
    <fieldset className="field rows-editor">
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="hint">None yet.</p>}
      {rows.map((row, index) => (
        <div className="rows-editor-row" key={index} role="group" aria-label={`${legend} ${index + 1}`}>
          {fields.map((field) => {
            const error = errors[`${errorPrefix}.${index}.${field.key}`]
            const inputId = `${id}-${index}-${field.key}`
            return (
              <span key={field.key} className={error ? 'field-error' : undefined}>
                <label htmlFor={inputId}>{field.label}</label>
                <input
                  id={inputId}
                  value={row[field.key]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  onChange={(e) => update(index, field.key, e.target.value)}
                />
                {error && (
                  <span className="error-message" id={`${inputId}-error`}>
                    {error}
                  </span>
                )}
              </span>
            )
          })}
          <button
            type="button"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
            aria-label={`Remove ${legend.toLowerCase()} ${index + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { ...empty }])}>
        Add {legend.toLowerCase().replace(/s$/, '')}
      </button>
    </fieldset>
  )
}

/** One item per line, for simple lists (contingency steps, step-down criteria). */
export const toLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
