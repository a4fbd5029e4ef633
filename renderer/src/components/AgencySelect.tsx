import type { Ref, SelectHTMLAttributes } from 'react'
import { useApiQuery } from '../api/client'

type AgencySelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  value: string
  onChange: (agencyId: string) => void
  ref?: Ref<HTMLSelectElement>
}

/** The active agencies, by name: the one pick list every form uses (deactivated agencies are not offered). */
export function AgencySelect({ value, onChange, ...props }: AgencySelectProps) {
  const agencies = useApiQuery('agencies:list', {})
  return (
    <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">Choose…</option>
      {agencies.data?.map((agency) => (
        <option key={agency.id} value={agency.id}>
          {agency.name}
        </option>
      ))}
    </select>
  )
}
