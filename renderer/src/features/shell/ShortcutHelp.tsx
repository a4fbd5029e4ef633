import { useEffect, useRef } from 'react'
import { navItems } from './navigation'

/** The "?" dialog: every shortcut in one list. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcut-title" onClose={onClose}>
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {navItems
          .filter((item) => item.built)
          .map((item) => (
            <div key={item.key}>
              <dt>
                <kbd>g</kbd> then <kbd>{item.key}</kbd>
              </dt>
              <dd>Go to {item.label}</dd>
            </div>
          ))}
        <div>
          <dt>
            <kbd>/</kbd> or <kbd>Ctrl</kbd> + <kbd>K</kbd>
          </dt>
          <dd>Find a case by name, reference, date of birth or NHS number</dd>
        </div>
        <div>
          <dt>
            <kbd>n</kbd>
          </dt>
          <dd>New case (on the Cases screen)</dd>
        </div>
        <div>
          <dt>
            <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd>
          </dt>
          <dd>Move through a table and open a row</dd>
        </div>
        <div>
          <dt>
            <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd>
          </dt>
          <dd>Triage: risk level High, Medium, Low</dd>
        </div>
        <div>
          <dt>
            <kbd>1</kbd> to <kbd>5</kbd>
          </dt>
          <dd>Triage: the decision, in the decision group</dd>
        </div>
        <div>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>Enter</kbd>
          </dt>
          <dd>Triage: save the contact</dd>
        </div>
        <div>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>Z</kbd>
          </dt>
          <dd>Triage: undo the contact just saved, while Undo is offered</dd>
        </div>
        <div>
          <dt>
            <kbd>R</kbd>
          </dt>
          <dd>Triage log: re-triage the focused entry</dd>
        </div>
        <div>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>L</kbd>
          </dt>
          <dd>Lock Roundtable</dd>
        </div>
        <div>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>Show this list</dd>
        </div>
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  )
}
