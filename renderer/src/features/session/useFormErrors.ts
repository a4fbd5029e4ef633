import { useRef, useState } from 'react'
import type { AppError } from '../../../../shared/result'

/**
 * Field errors from a failed call, plus the ref of the error summary that
 * takes focus, so the user hears what to fix and can tab to it.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const summaryRef = useRef<HTMLDivElement>(null)
  const show = (error: AppError) => {
    setErrors(error.fields && Object.keys(error.fields).length > 0 ? error.fields : { _: error.message })
  }
  return { errors, summaryRef, show, clear: () => setErrors({}) }
}
