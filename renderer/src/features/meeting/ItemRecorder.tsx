import { useCallback, useEffect, useRef, useState } from 'react'
import { directionLabels, directions, type Direction } from '../../../../shared/domain/meetings/direction'
import { carriedForwardNote } from '../../../../shared/domain/meetings/actions'
import { somethingRecorded } from '../../../../shared/domain/meetings/discussed'
import type { AgendaItemView } from '../../../../shared/domain/meetings/views'
import { sensitiveCategoryLabels } from '../../../../shared/domain/exports'
import type { SensitiveCategory } from '../../../../shared/domain/minutesData'
import { sensitiveCategories } from '../../../../shared/domain/redaction'
import { hasConsentToShare } from '../../../../shared/domain/record/consent'
import { riskLabels, riskLevels, type RiskLevel } from '../../../../shared/domain/risk'
import { useApiMutation, useApiQuery } from '../../api/client'
import { DateInput } from '../../components/DateInput'
import { ChoiceGroup, Field } from '../../components/FormField'
import { CarriedActions } from './CarriedActions'
import type { ItemSave } from './itemSave'
import { NewActions } from './NewActions'
import { EnumOptions } from '../../components/EnumOptions'

export interface ItemDraft {
  discussion: string
  decisions: string
  riskAfter: RiskLevel | ''
  direction: Direction | ''
  directionReason: string
  nextReviewDate: string
  agenciesShared: string[]
  shareWithoutConsentRationale: string
  shareWithoutConsentBy: string
  discussionCategory: SensitiveCategory | ''
  done: boolean
}

export const draftOf = (item: AgendaItemView): ItemDraft => ({
  discussion: item.discussion,
  decisions: item.decisions,
  riskAfter: item.riskAfter ?? '',
  direction: item.direction ?? '',
  directionReason: item.directionReason,
  nextReviewDate: item.nextReviewDate ?? '',
  agenciesShared: item.agenciesShared,
  shareWithoutConsentRationale: item.shareWithoutConsentRationale,
  shareWithoutConsentBy: item.shareWithoutConsentBy,
  discussionCategory: item.discussionCategory ?? '',
  done: item.done,
})

const AUTOSAVE_MS = 3000
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' })

/**
 * What the chair records for one case. Saved every few seconds while it
 * changes, and by the parent on every move (`saveNow`), so closing the app
 * loses at most a few seconds of typing.
 */
export function ItemRecorder({
  item,
  editable,
  asksForNextReview,
  registerSave,
}: {
  item: AgendaItemView
  editable: boolean
  asksForNextReview: boolean
  registerSave: (save: ItemSave) => void
}) {
  const agencies = useApiQuery('agencies:list', {})
  const record = useApiMutation('agenda:record')
  const [draft, setDraft] = useState<ItemDraft>(() => draftOf(item))
  const [dirty, setDirty] = useState(false)
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const draftRef = useRef(draft)
  const dirtyRef = useRef(dirty)
  useEffect(() => {
    draftRef.current = draft
    dirtyRef.current = dirty
  })

  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }))
    setDirty(true)
  }

  const { mutateAsync } = record
  const saveNow = useCallback(async (): Promise<boolean> => {
    if (!dirtyRef.current || !editable) return true
    const d = draftRef.current
    const result = await mutateAsync({
      itemId: item.id,
      ...d,
      riskAfter: d.riskAfter || null,
      direction: d.direction || null,
      nextReviewDate: d.nextReviewDate || null,
      discussionCategory: d.discussionCategory || null,
    })
    if (!result.ok) {
      setErrors(result.error.fields ?? { _: result.error.message })
      return false
    }
    setErrors({})
    // Only clear "dirty" if nothing was typed while the save was on its way.
    if (draftRef.current === d) setDirty(false)
    setSavedAt(new Date())
    return true
  }, [editable, item.id, mutateAsync])
  // The half-typed new-action row is saved with the rest on every move.
  const rowSave = useRef<() => Promise<boolean>>(async () => true)
  const registerRowSave = useCallback((save: () => Promise<boolean>) => {
    rowSave.current = save
  }, [])
  // A review ending without a next review date asks for one, once: moving on again leaves it unset.
  const askedRef = useRef(false)
  const [askingReview, setAskingReview] = useState(false)
  useEffect(
    () =>
      registerSave(async (purpose) => {
        if (!(await saveNow()) || !(await rowSave.current())) return 'invalid'
        if (purpose === 'leave' || !editable || !asksForNextReview || askedRef.current || draftRef.current.nextReviewDate !== '')
          return 'saved'
        askedRef.current = true
        setAskingReview(true)
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`#next-review-${item.id} input`)?.focus())
        return 'asked'
      }),
    [registerSave, saveNow, editable, asksForNextReview, item.id],
  )

  useEffect(() => {
    if (!dirty) return
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_MS)
    return () => window.clearTimeout(timer)
  }, [draft, dirty, saveNow])

  // Leaving run mode any other way than its own buttons (a `g` shortcut, the
  // browser's back) unmounts this form: save what was typed since the last
  // autosave. The mutation lives in the query client, so it outlives the form.
  const saveNowRef = useRef(saveNow)
  useEffect(() => {
    saveNowRef.current = saveNow
  })
  useEffect(() => () => void saveNowRef.current(), [])

  const noConsent = !hasConsentToShare(item.subjectConsent)
  const actionsRecorded =
    item.newActions.length +
    item.carriedActions.filter(
      (a) => a.update && (a.update.nonCompletionReason || a.update.outcome !== 'open' || a.update.note !== carriedForwardNote),
    ).length
  // Anything recorded makes the case discussed (the server agrees); the box is for a case with nothing to record.
  const recorded = somethingRecorded({
    ...draft,
    riskAfter: draft.riskAfter || null,
    direction: draft.direction || null,
    nextReviewDate: draft.nextReviewDate || null,
    actionsRecorded,
  })
  return (
    <div className="item-recorder" aria-label={`Recording for ${item.displayName}`}>
      <p className="save-status" role="status">
        {errors._ ?? (dirty ? 'Unsaved changes…' : savedAt ? `Saved ${timeFormat.format(savedAt)}` : 'Nothing changed yet')}
      </p>
      <fieldset disabled={!editable} className="plain-fieldset">
        <Field
          label="Discussion"
          hint={noConsent ? 'No consent to share: keep to what the lead agency may share' : undefined}
          error={errors.discussion}
        >
          {(p) => <textarea {...p} rows={4} value={draft.discussion} onChange={(e) => set('discussion', e.target.value)} />}
        </Field>
        <Field
          label="This discussion contains"
          hint="Redacted copies leave it out for agencies that may not receive it"
          error={errors.discussionCategory}
        >
          {(p) => (
            <select
              {...p}
              value={draft.discussionCategory}
              onChange={(e) => set('discussionCategory', e.target.value as SensitiveCategory | '')}
            >
              <option value="">No sensitive category</option>
              <EnumOptions values={sensitiveCategories} labels={sensitiveCategoryLabels} />
            </select>
          )}
        </Field>
        <Field label="Decisions" hint="One per line" error={errors.decisions}>
          {(p) => <textarea {...p} rows={2} value={draft.decisions} onChange={(e) => set('decisions', e.target.value)} />}
        </Field>
      </fieldset>
      <h3>Actions carried forward</h3>
      <CarriedActions item={item} editable={editable} />
      <h3>New actions</h3>
      <NewActions item={item} editable={editable} registerSave={registerRowSave} />
      <fieldset disabled={!editable} className="plain-fieldset">
        <ChoiceGroup
          legend="Risk after discussion"
          name={`risk-${item.id}`}
          value={draft.riskAfter}
          onChange={(v: RiskLevel) => set('riskAfter', v)}
          error={errors.riskAfter}
          options={riskLevels.map((value) => ({ value, label: riskLabels[value] }))}
        />
        <ChoiceGroup
          legend="Direction of travel"
          name={`direction-${item.id}`}
          value={draft.direction}
          onChange={(v: Direction) => set('direction', v)}
          error={errors.direction}
          options={directions.map((value) => ({ value, label: directionLabels[value] }))}
        />
        <Field label="Why (direction of travel)" error={errors.directionReason}>
          {(p) => <input {...p} value={draft.directionReason} onChange={(e) => set('directionReason', e.target.value)} />}
        </Field>
        <div id={`next-review-${item.id}`}>
          {askingReview && draft.nextReviewDate === '' && (
            <p className="notice" role="alert">
              No next review date yet: set one for this review. To go on without one, move on again (Ctrl+→ or Finish meeting).
            </p>
          )}
          <Field label="Next review" hint="DD/MM/YYYY" error={errors.nextReviewDate}>
            {(p) => <DateInput {...p} value={draft.nextReviewDate} onChange={(v) => set('nextReviewDate', v)} />}
          </Field>
        </div>
        <fieldset className="field">
          <legend>Agencies that shared information</legend>
          <div className="choices">
            {agencies.data?.map((agency) => (
              <label key={agency.id} className="choice">
                <input
                  type="checkbox"
                  checked={draft.agenciesShared.includes(agency.id)}
                  onChange={(e) =>
                    set(
                      'agenciesShared',
                      e.target.checked ? [...draft.agenciesShared, agency.id] : draft.agenciesShared.filter((id) => id !== agency.id),
                    )
                  }
                />
                {agency.shortName}
              </label>
            ))}
          </div>
        </fieldset>
        {noConsent && (
          <fieldset className="field">
            <legend>Decision to share without consent (only if one was made)</legend>
            <Field label="Rationale" error={errors.shareWithoutConsentRationale}>
              {(p) => (
                <input
                  {...p}
                  value={draft.shareWithoutConsentRationale}
                  onChange={(e) => set('shareWithoutConsentRationale', e.target.value)}
                />
              )}
            </Field>
            <Field label="Who decided" error={errors.shareWithoutConsentBy}>
              {(p) => <input {...p} value={draft.shareWithoutConsentBy} onChange={(e) => set('shareWithoutConsentBy', e.target.value)} />}
            </Field>
          </fieldset>
        )}
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.done || recorded}
            disabled={recorded}
            aria-describedby={`discussed-hint-${item.id}`}
            onChange={(e) => set('done', e.target.checked)}
          />
          Discussed
        </label>
        <p className="hint" id={`discussed-hint-${item.id}`}>
          {recorded
            ? 'Counted as discussed: something is recorded for this case.'
            : 'Tick if the case was discussed with nothing to record.'}
        </p>
      </fieldset>
    </div>
  )
}
