import { needLabels, type Need } from '../../../../shared/domain/record/needs'
import type { ActionView } from '../../../../shared/domain/meetings/views'

export interface ActionNeedLink {
  actionId: string
  needs: Need[]
}

/**
 * Links each open action on the case to the needs it addresses, so the
 * exported plan's Need column says why the action exists. One group of
 * checkboxes per action, named by the action, keyboard-operable as native
 * checkboxes.
 */
export function ActionNeedsEditor({
  actions,
  needs,
  links,
  onChange,
  error,
}: {
  actions: readonly ActionView[]
  needs: readonly Need[]
  links: readonly ActionNeedLink[]
  onChange: (links: ActionNeedLink[]) => void
  error?: string
}) {
  const open = actions.filter((action) => action.status === 'open')
  const linked = (actionId: string) => links.find((link) => link.actionId === actionId)?.needs ?? []
  const toggle = (actionId: string, need: Need, on: boolean) => {
    const current = linked(actionId)
    const next = on ? [...current.filter((n) => n !== need), need] : current.filter((n) => n !== need)
    onChange([...links.filter((link) => link.actionId !== actionId), { actionId, needs: next }])
  }
  return (
    <fieldset className={error ? 'field rows-editor field-error' : 'field rows-editor'}>
      <legend>Needs each action meets</legend>
      {error && <p className="error-message">{error}</p>}
      {open.length === 0 && <p className="hint">No open actions on this case yet: actions are agreed at meetings.</p>}
      {open.length > 0 && needs.length === 0 && <p className="hint">Record the case’s needs in Summary and needs first.</p>}
      {needs.length > 0 &&
        open.map((action) => (
          <div className="rows-editor-row" key={action.id} role="group" aria-label={`Needs met by: ${action.description}`}>
            <span>{action.description}</span>
            <span className="choices">
              {needs.map((need) => (
                <label key={need} className="choice">
                  <input
                    type="checkbox"
                    checked={linked(action.id).includes(need)}
                    onChange={(e) => toggle(action.id, need, e.target.checked)}
                  />
                  {needLabels[need]}
                </label>
              ))}
            </span>
          </div>
        ))}
    </fieldset>
  )
}
