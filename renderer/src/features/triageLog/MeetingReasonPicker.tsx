import type { ReactNode } from 'react'
import { meetingReasonLabels, meetingReasons, type MeetingReason } from '../../../../shared/domain/record/triage'
import { CheckboxList } from './CheckboxList'

/** "Reason for the meeting": one checkbox per reason (one Tab stop, arrows within), with an optional note under the group (e.g. why escalation is suggested). */
export function MeetingReasonPicker({
  value,
  onChange,
  note,
}: {
  value: MeetingReason[]
  onChange: (value: MeetingReason[]) => void
  note?: ReactNode
}) {
  return (
    <fieldset className="field">
      <legend>Reason for the meeting</legend>
      {note}
      <CheckboxList
        items={meetingReasons}
        checked={value}
        onToggle={(reason, on) => onChange(on ? [...value, reason] : value.filter((r) => r !== reason))}
        label={(reason) => meetingReasonLabels[reason]}
      />
    </fieldset>
  )
}
