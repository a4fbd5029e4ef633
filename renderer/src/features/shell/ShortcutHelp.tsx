import { Fragment, useEffect, useRef } from 'react'
import { shortcutGroups } from './shortcutList'

/** The "?" dialog: every shortcut in one list, grouped by where it works. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} className="dialog shortcut-help" aria-labelledby="shortcut-title" onClose={onClose}>
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      {shortcutGroups().map((group, groupIndex) => (
        <section key={group.where} aria-labelledby={`shortcuts-${groupIndex}`}>
          <h3 id={`shortcuts-${groupIndex}`}>{group.where}</h3>
          <dl className="shortcuts">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.does}>
                <dt>
                  {shortcut.keys.map((chord, index) => (
                    <Fragment key={chord.join('+')}>
                      {index > 0 && ` ${shortcut.joiner ?? 'or'} `}
                      {chord.map((key, keyIndex) => (
                        <Fragment key={key}>
                          {keyIndex > 0 && ' + '}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </dt>
                <dd>{shortcut.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  )
}
