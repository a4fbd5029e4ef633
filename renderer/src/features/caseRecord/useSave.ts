import type { Channel, InputOf, OutputOf } from '../../../../shared/ipc'
import { useApiMutation } from '../../api/client'
import { useAnnounce } from '../../components/Announcer'
import { useFormErrors } from '../session/useFormErrors'

/** A case-record save: one call, "Saved" announced, errors kept for the fields. What it changed is refetched (api/client). */
export function useSave<K extends Channel>(channel: K) {
  const mutation = useApiMutation(channel)
  const errors = useFormErrors()
  const announce = useAnnounce()
  const save = async (input: InputOf<K>, message = 'Saved'): Promise<OutputOf<K> | null> => {
    const result = await mutation.mutateAsync(input)
    if (!result.ok) {
      errors.show(result.error)
      return null
    }
    errors.clear()
    announce(message)
    return result.value
  }
  return { save, pending: mutation.isPending, ...errors }
}
