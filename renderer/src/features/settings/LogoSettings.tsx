import { useId, useState } from 'react'
import { useApiMutation, useApiQuery } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'

/** Reads a chosen file as base64 (the contract carries JSON, not files). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(new Error('The file could not be read'))
    reader.readAsDataURL(file)
  })
}

/** The organisation's logo on minutes and plans: a PNG up to 512 KB. */
export function LogoSettings({ canEdit }: { canEdit: boolean }) {
  const id = useId()
  const has = useApiQuery('settings:hasLogo', {})
  const save = useApiMutation('settings:saveLogo')
  const announce = useAnnounce()
  const [error, setError] = useState<string | null>(null)

  const upload = async (file: File | undefined) => {
    if (!file) return
    const result = await save.mutateAsync({ pngBase64: await readBase64(file) })
    setError(result.ok ? null : (result.error.fields?.pngBase64 ?? result.error.message))
    if (result.ok) announce('Logo saved')
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Logo on documents</h2>
      <p>
        {has.data?.hasLogo
          ? 'A logo is set and appears at the top of minutes and case plans.'
          : 'No logo is set: documents show the organisation name only.'}
      </p>
      {canEdit && (
        <div className={error ? 'field field-error' : 'field'}>
          <label htmlFor={`${id}-file`}>Choose a PNG logo</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/png"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => void upload(e.target.files?.[0])}
          />
          {error && (
            <p className="error-message" id={`${id}-error`} role="alert">
              {error}
            </p>
          )}
          {has.data?.hasLogo && (
            <button type="button" onClick={() => void save.mutateAsync({ pngBase64: '' }).then(() => announce('Logo removed'))}>
              Remove logo
            </button>
          )}
        </div>
      )}
    </section>
  )
}
