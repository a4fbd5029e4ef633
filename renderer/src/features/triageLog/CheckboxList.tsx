import { useRef, useState, type KeyboardEvent } from 'react'

const next: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }

/**
 * A list of checkboxes that is one Tab stop, like a radio group: the arrow
 * keys move between them, Home/End go to the ends, Space ticks. Sixteen risk
 * factors were sixteen Tabs between the risk level and the decision.
 */
export function CheckboxList<T extends string>({
  items,
  checked,
  onToggle,
  label,
  className,
}: {
  items: readonly T[]
  checked: readonly T[]
  onToggle: (item: T, on: boolean) => void
  label: (item: T) => string
  className?: string
}) {
  const [active, setActive] = useState(0)
  const refs = useRef<Array<HTMLInputElement | null>>([])
  const current = Math.min(active, Math.max(items.length - 1, 0))
  const move = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : next[event.key] === undefined
            ? null
            : (index + (next[event.key] ?? 0) + items.length) % items.length
    if (to === null || event.ctrlKey || event.altKey || event.metaKey) return
    event.preventDefault()
    setActive(to)
    refs.current[to]?.focus()
  }
  return (
    <div className={className ? `choices ${className}` : 'choices'}>
      {items.map((item, index) => (
        <label key={item} className="choice">
          <input
            ref={(el) => {
              refs.current[index] = el
            }}
            type="checkbox"
            tabIndex={index === current ? 0 : -1}
            checked={checked.includes(item)}
            onChange={(e) => onToggle(item, e.target.checked)}
            onFocus={() => setActive(index)}
            onKeyDown={(e) => move(e, index)}
          />
          {label(item)}
        </label>
      ))}
    </div>
  )
}
