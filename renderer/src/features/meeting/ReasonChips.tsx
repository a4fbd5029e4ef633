import { agendaReasonDescriptions, agendaReasonLabels, type AgendaReason } from '../../../../shared/domain/meetings/agenda'

/** Why a case is on the agenda, as text chips (the full reason for screen readers and on hover). */
export function ReasonChips({ reasons }: { reasons: readonly AgendaReason[] }) {
  return (
    <span className="chips">
      {reasons.map((reason) => (
        <span key={reason} className={`chip chip-${reason}`} title={agendaReasonDescriptions[reason]}>
          {agendaReasonLabels[reason]}
          <span className="visually-hidden">: {agendaReasonDescriptions[reason]}</span>
        </span>
      ))}
    </span>
  )
}
