import type { ReactNode } from 'react'
import { meetingReasonLabels, meetingReasons, type MeetingReason } from '../../../../shared/domain/record/triage'

/** "Reason for the meeting": one checkbox per reason, with an optional note under the group (e.g. why escalation is suggested). */
export function MeetingReasonPicker({ value, onChange, note }: { value: MeetingReason[]; onChange: (value: MeetingReason[]) => void; note?: ReactNode }) {
  return (
    <fieldset className="field">
      <legend>Reason for the meeting</legend>
      {note}
      <div className="choices">
        {meetingReasons.map((reason) => (
          <label key={reason} className="choice">
            <input type="checkbox" checked={value.includes(reason)} onChange={(e) => onChange(e.target.checked ? [...value, reason] : value.filter((r) => r !== reason))} />
            {meetingReasonLabels[reason]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
