import { riskLabels, type RiskLevel } from '../../../shared/domain/risk'

const icons: Record<RiskLevel, string> = { high: '▲', medium: '◆', low: '▽' }

/** Risk by text and icon as well as colour (WCAG 1.4.1: never colour alone). */
export function RiskBadge({ level }: { level: RiskLevel }) {
  return (
    <span className={`badge risk-${level}`}>
      <span aria-hidden="true">{icons[level]} </span>
      {riskLabels[level]}
    </span>
  )
}
