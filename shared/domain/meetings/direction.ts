export const directions = ['improving', 'no_change', 'worsening'] as const
export type Direction = (typeof directions)[number]

/** Text and icon, never colour alone (UX.md). */
export const directionLabels: Record<Direction, string> = {
  improving: '▲ Improving',
  no_change: '► No change',
  worsening: '▼ Worsening',
}

export type DirectionCounts = Record<Direction, number>

export function countDirections(values: ReadonlyArray<Direction | null>): DirectionCounts {
  const counts: DirectionCounts = { improving: 0, no_change: 0, worsening: 0 }
  for (const value of values) if (value) counts[value] += 1
  return counts
}

/**
 * The same response repeated without effect (DOMAIN.md): the last `runLength`
 * recorded directions are all "no change" or "worsening".
 */
export function repeatingWithoutEffect(historyOldestFirst: readonly Direction[], runLength = 3): boolean {
  if (historyOldestFirst.length < runLength) return false
  return historyOldestFirst.slice(-runLength).every((direction) => direction !== 'improving')
}
