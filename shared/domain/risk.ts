export const riskLevels = ['high', 'medium', 'low'] as const
export type RiskLevel = (typeof riskLevels)[number]

export const riskLabels: Record<RiskLevel, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
}

/** Sorting high first: a smaller rank is more urgent. */
export const riskRank: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 }
