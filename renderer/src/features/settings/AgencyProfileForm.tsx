import { useState, type FormEvent } from 'react'
import type { Agency } from '../../../../shared/domain/agencies'
import { sensitiveCategoryLabels } from '../../../../shared/domain/exports'
import type { SensitiveCategory } from '../../../../shared/domain/minutesData'
import { sensitiveCategories } from '../../../../shared/domain/redaction'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'

/** An agency's redaction profile: which sensitive categories its redacted copies keep. */
export function AgencyProfileForm({ agency, onDone }: { agency: Agency; onDone: () => void }) {
  const [receives, setReceives] = useState<SensitiveCategory[]>(agency.receives)
  const save = useApiMutation('agencies:setProfile')
  const announce = useAnnounce()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await save.mutateAsync({ id: agency.id, receives })
    announce(result.ok ? `Redaction profile saved for ${agency.name}` : result.error.message)
    if (result.ok) onDone()
  }
  return (
    <form
      className="inline-form"
      onSubmit={submit}
      aria-label={`Redaction profile for ${agency.name}`}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <fieldset className="field">
        <legend>Redacted copies for {agency.name} may include</legend>
        {sensitiveCategories.map((category) => (
          <label key={category} className="choice">
            <input
              type="checkbox"
              checked={receives.includes(category)}
              onChange={(e) => setReceives(e.target.checked ? [...receives, category] : receives.filter((c) => c !== category))}
            />
            {sensitiveCategoryLabels[category]}
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save profile
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
