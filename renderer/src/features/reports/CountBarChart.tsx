import type { ReactNode } from 'react'
import { BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { ChartPatterns } from './ChartPanel'

/**
 * The one frame every report bar chart shares: size, the accessibility layer
 * (keyboard focus and announcements), the fill patterns that make colour
 * never the only cue, grid, axes and legend. The bars are the caller's.
 */
export function CountBarChart({
  data,
  xKey,
  wholeNumbers = true,
  children,
}: {
  data: readonly object[]
  xKey: string
  wholeNumbers?: boolean
  children: ReactNode
}) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} accessibilityLayer margin={{ top: 20, right: 16, bottom: 8, left: 0 }}>
        <ChartPatterns />
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={xKey} />
        <YAxis allowDecimals={!wholeNumbers} />
        <Legend />
        {children}
      </BarChart>
    </ResponsiveContainer>
  )
}
