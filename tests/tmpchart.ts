import { writeFileSync } from 'node:fs'
import { chartImage } from '../electron/main/export/chartImage'
import { triageChart, demandChart, directionChart } from '../shared/domain/outcomes/charts'
const months = Array.from({ length: 12 }, (_, i) => ({
  month: `2026-${String(i + 1).padStart(2, '0')}`,
  counts: { self_help: 1, early_help: i, complex: 2, safeguarding: 1, nfa: 0 },
  total: i + 4,
  earlyHelpShare: 0.5,
}))
writeFileSync('/tmp/triage.png', chartImage(triageChart(months as never)).png)
writeFileSync(
  '/tmp/dir.png',
  chartImage(
    directionChart(
      months.map((m, i) => ({ month: m.month, counts: { improving: i, no_change: 3, worsening: 12 - i } })) as never,
      { improving: 5, no_change: 3, worsening: 2 },
      10,
    ),
  ).png,
)
writeFileSync(
  '/tmp/demand.png',
  chartImage(
    demandChart(
      [
        { kind: 'police_incident', before: 30, after: 5, beforePerMonth: 2.5, afterPerMonth: 0.6, avoided: 3 },
        { kind: 'ae_attendance', before: 3, after: 1, beforePerMonth: 0.25, afterPerMonth: 0.1, avoided: 3 },
        { kind: 'housing', before: 3, after: 1, beforePerMonth: 1.25, afterPerMonth: 0.1, avoided: 3 },
      ],
      12,
    ),
  ).png,
)
