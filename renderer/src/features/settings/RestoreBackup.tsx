import { useEffect, useRef, useState } from 'react'
import { restoreLeftStatement, restoreStepLabels, restoreSteps, type RestoreLeft, type RestoreStep } from '../../../../shared/domain/backup'
import type { RestoreProgress } from '../../../../shared/events'
import { useApiMutation } from '../../api/client'
import { createEvents } from '../../api/transport'

type StepState = 'waiting' | 'running' | 'done' | 'failed'
const stepStateWords: Record<StepState, string> = {
  waiting: 'not started',
  running: 'in progress',
  done: 'done',
  failed: 'failed',
}
const everyStep = (state: StepState): Record<RestoreStep, StepState> =>
  Object.fromEntries(restoreSteps.map((step) => [step, state])) as Record<RestoreStep, StepState>

interface Failure {
  step: RestoreStep
  message: string
  left: RestoreLeft
}

/**
 * Restore one backup (administrators). The main process checks the backup
 * before anything changes and keeps the current database as a backup first,
 * reporting each step as it starts and ends (services/restore.ts). The
 * steps are listed with their state in words, the one in progress is said
 * in a polite live region, and at the end focus goes to what happened (so it
 * is read once, not announced as well): on a failure, at which step and what
 * it left.
 */
export function RestoreBackup({ fileName }: { fileName: string }) {
  const restore = useApiMutation('backup:restore')
  const [confirming, setConfirming] = useState(false)
  const [steps, setSteps] = useState<Record<RestoreStep, StepState> | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const outcomeRef = useRef<HTMLParagraphElement>(null)
  const stopListening = useRef<(() => void) | null>(null)
  // The steps can arrive after the call's answer (web mode: another connection), so listening lasts until the screen goes.
  useEffect(() => () => stopListening.current?.(), [])
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus()
  }, [outcome])

  const hear = (event: RestoreProgress) => {
    setSteps((current) => ({ ...(current ?? everyStep('waiting')), [event.step]: event.status }))
    if (event.status === 'failed') setFailure({ step: event.step, message: event.message, left: event.left })
  }

  const run = async () => {
    stopListening.current?.()
    setSteps(everyStep('waiting'))
    setFailure(null)
    setOutcome(null)
    stopListening.current = createEvents().onRestoreProgress(hear)
    const result = await restore.mutateAsync({ fileName })
    setConfirming(false)
    if (!result.ok) {
      setOutcome({ ok: false, text: `Not restored: ${result.error.message}` })
      return
    }
    // Every step ran: the answer says so even if a step's report is still on its way.
    setSteps(everyStep('done'))
    // Every screen's data came from the database just replaced: the restore's changed set says 'everything'.
    const text = `Restored ${result.value.restoredFrom}. The database as it was is kept as ${result.value.keptAs}.`
    setOutcome({ ok: true, text })
  }

  const current = steps ? restoreSteps.find((step) => steps[step] === 'running') : undefined
  return (
    <>
      {confirming && !restore.isPending ? (
        <span>
          Replace the current database with this backup? The current one is kept as a backup first.{' '}
          <button type="button" className="primary" onClick={() => void run()}>
            Restore {fileName}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Restore ${fileName}`} disabled={restore.isPending}>
          Restore…
        </button>
      )}
      {steps && (
        <div className="restore-progress">
          <p role="status" className="visually-hidden">
            {current ? `${restoreStepLabels[current]}…` : ''}
          </p>
          <ol aria-label={`Restoring ${fileName}: steps`}>
            {restoreSteps.map((step) => (
              <li key={step} className={`restore-step restore-step-${steps[step]}`}>
                {restoreStepLabels[step]}: <strong>{stepStateWords[steps[step]]}</strong>
              </li>
            ))}
          </ol>
        </div>
      )}
      {outcome && (
        <p ref={outcomeRef} tabIndex={-1} className={outcome.ok ? 'restore-outcome' : 'error-message'}>
          {outcome.text}
          {failure && (
            <>
              {' '}
              It stopped at “{restoreStepLabels[failure.step]}”. {restoreLeftStatement(failure.left)}
            </>
          )}
        </p>
      )}
    </>
  )
}
