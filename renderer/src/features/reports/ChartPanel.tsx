import { useState, type ReactNode } from 'react'

/**
 * A chart with its one-sentence summary and a "Show as table" toggle. The summary
 * is always there, so nobody has to read the chart to get the point.
 */
export function ChartPanel({ title, summary, chart, table }: { title: string; summary: string; chart: ReactNode; table: ReactNode }) {
  const [asTable, setAsTable] = useState(false)
  return (
    <div className="chart-panel">
      <p className="chart-summary">{summary}</p>
      <button
        type="button"
        aria-pressed={asTable}
        onClick={() => setAsTable(!asTable)}
        aria-label={`${asTable ? 'Show as chart' : 'Show as table'}: ${title}`}
      >
        {asTable ? 'Show as chart' : 'Show as table'}
      </button>
      {asTable ? table : <figure aria-label={title}>{chart}</figure>}
    </div>
  )
}

/** Fill patterns so bars differ by texture as well as colour (never colour alone). */
export function ChartPatterns() {
  return (
    <defs>
      <pattern id="pattern-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <rect width="3" height="6" fill="#1d4f91" />
      </pattern>
      <pattern id="pattern-dots" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="2" fill="#8a1538" />
      </pattern>
    </defs>
  )
}

export { chartColours } from '../../../../shared/domain/outcomes/charts'
