import { useEffect, useId, useLayoutEffect, useState, type MouseEvent, type ReactNode } from 'react'

interface FieldProps {
  label: string
  /** The field's key in a service's errors: the error summary's link for that key moves focus here. */
  name?: string
  hint?: string
  error?: string | undefined
  /** Renders the control with the ids it must carry for its label, hint and error. */
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'data-field'?: string }) => ReactNode
}

/** A labelled control with its hint and its error message next to it, linked for screen readers. */
export function Field({ label, name, hint, error, children }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
        ...(name ? { 'data-field': name } : {}),
      })}
    </div>
  )
}

interface ChoiceGroupProps<T extends string> {
  legend: string
  name: string
  options: ReadonlyArray<{ value: T; label: string }>
  value: T | ''
  onChange: (value: T) => void
  error?: string | undefined
}

/** Radio buttons in a fieldset: arrow keys move between them, as users expect. */
export function ChoiceGroup<T extends string>({ legend, name, options, value, onChange, error }: ChoiceGroupProps<T>) {
  const id = useId()
  const errorId = error ? `${id}-error` : undefined
  return (
    <fieldset className={error ? 'field field-error' : 'field'} aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              data-field={name}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** The control a field's errors belong to: marked `data-field` (Field's `name`, ChoiceGroup's radios), in the summary's form. */
function fieldTarget(summary: HTMLElement | null, field: string): HTMLElement | null {
  const scope = summary?.closest('form') ?? summary?.parentElement
  return scope?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`) ?? null
}

/** The GOV.UK pattern: a summary at the top of the form, focused when a submit fails, linking to each field. */
export function ErrorSummary({
  errors,
  labels,
  summaryRef,
}: {
  errors: Record<string, string>
  labels: Record<string, string>
  summaryRef: React.RefObject<HTMLDivElement | null>
}) {
  const entries = Object.entries(errors)
  // Each failed submit moves focus here, so keyboard and screen-reader users start from the list of problems.
  useEffect(() => {
    if (Object.keys(errors).length > 0) summaryRef.current?.focus()
  }, [errors, summaryRef])
  // Only a problem whose field is marked on screen becomes a link; a link that went nowhere would be worse than text.
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set())
  useLayoutEffect(() => {
    setLinked(new Set(Object.keys(errors).filter((field) => fieldTarget(summaryRef.current, field) !== null)))
  }, [errors, summaryRef])
  const goTo = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault()
    const target = fieldTarget(summaryRef.current, field)
    target?.focus()
    target?.scrollIntoView({ block: 'center' })
  }
  if (entries.length === 0) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <h2>There is a problem</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {linked.has(field) ? (
              <a href={`#${field}`} onClick={(event) => goTo(event, field)}>
                {labels[field] ? `${labels[field]}: ` : ''}
                {message}
              </a>
            ) : (
              <>
                {labels[field] ? `${labels[field]}: ` : ''}
                {message}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
