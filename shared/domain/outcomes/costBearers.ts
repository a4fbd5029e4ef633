/** Who pays for a kind of service contact, so a benefit can be split by who gains (GM CBA "who benefits"). */
export const costBearers = ['police', 'nhs', 'local_authority', 'fire', 'other'] as const
export type CostBearer = (typeof costBearers)[number]
export const costBearerLabels: Record<CostBearer, string> = {
  police: 'Police',
  nhs: 'NHS',
  local_authority: 'Local authority',
  fire: 'Fire and rescue',
  other: 'Other',
}
