import { directionLabels, repeatingWithoutEffect } from '../../../../shared/domain/meetings/direction'
import type { DirectionPoint } from '../../../../shared/domain/meetings/views'
import { formatDate } from '../../format'
import { PlainTable } from '../../components/PlainTable'

const level = { improving: 0, no_change: 1, worsening: 2 } as const

/**
 * Direction of travel at each review: a small step chart (text and symbols,
 * never colour alone) with the same data as a table for screen readers.
 */
export function DirectionSection({ points }: { points: DirectionPoint[] }) {
  const width = Math.max(160, points.length * 36)
  return (
    <section id="direction" aria-labelledby="direction-heading" className="case-section">
      <h2 id="direction-heading">Direction of travel</h2>
      {points.length === 0 ? (
        <p>Not recorded yet: it is set at each case meeting.</p>
      ) : (
        <>
          {repeatingWithoutEffect(points.map((p) => p.direction)) && (
            <p className="notice">
              <strong>No improvement at the last three reviews.</strong> Is the same response being repeated without effect?
            </p>
          )}
          <svg
            className="direction-chart"
            width={width}
            height={96}
            viewBox={`0 0 ${width} 96`}
            role="img"
            aria-labelledby="direction-chart-title"
          >
            <title id="direction-chart-title">
              Direction of travel at {points.length} reviews, latest {directionLabels[points.at(-1)?.direction ?? 'no_change']}
            </title>
            <text x={0} y={16} className="axis">
              ▲
            </text>
            <text x={0} y={52} className="axis">
              ►
            </text>
            <text x={0} y={88} className="axis">
              ▼
            </text>
            <polyline
              fill="none"
              strokeWidth={2}
              points={points.map((p, i) => `${24 + i * 36},${12 + level[p.direction] * 36}`).join(' ')}
            />
            {points.map((p, i) => (
              <circle key={`${p.date}-${i}`} cx={24 + i * 36} cy={12 + level[p.direction] * 36} r={5} />
            ))}
          </svg>
          <PlainTable
            caption="Direction of travel by review"
            hiddenCaption
            rows={[...points].reverse()}
            rowKey={(p, i) => `${p.date}-${i}`}
            columns={[
              { header: 'Review', cell: (p) => formatDate(p.date) },
              { header: 'Direction', cell: (p) => directionLabels[p.direction] },
              { header: 'Why', cell: (p) => p.reason },
            ]}
          />
        </>
      )}
    </section>
  )
}
