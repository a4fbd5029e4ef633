/**
 * A year's board report built from made-up records through the real report
 * rules (buildReport): twelve months in every table, every chart drawn,
 * costed demand, and 30 case stories. For layout tests (page count).
 */
import type { BoardReportData } from '../../electron/main/export/boardReport'
import { buildReport, type CohortCase } from '../../shared/domain/outcomes/report'
import { decisionCategories, meetingReasons } from '../../shared/domain/record/triage'
import { demandKinds } from '../../shared/domain/record/demand'
import { directions } from '../../shared/domain/meetings/direction'

const day = (month: number, date: number) => {
  const year = 2025 + Math.floor((month + 3) / 12)
  return `${year}-${String(((month + 3) % 12) + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`
}

export function boardReportFixture(caseCount = 30): BoardReportData {
  const cases: CohortCase[] = Array.from({ length: caseCount }, (_, n) => ({
    id: `case-${n}`,
    reference: `RT-2025-${String(100 + n).padStart(4, '0')}`,
    status: n % 5 === 0 ? 'closed' : 'open',
    riskLevel: (['high', 'medium', 'low'] as const)[n % 3] ?? 'medium',
    triageCategory: decisionCategories[n % decisionCategories.length] ?? null,
    openedOn: day(n % 10, 1 + (n % 27)),
  }))
  const report = buildReport({
    reportDate: '2026-03-31',
    months: 6,
    adjustments: { optimismBiasPercent: 20, deadweightPercent: 10 },
    cases,
    demand: cases.flatMap((item, n) =>
      demandKinds.slice(0, 4).map((kind, k) => ({
        caseId: item.id,
        kind,
        periodStart: day((n + k) % 12, 3),
        periodEnd: null,
        count: 1 + ((n + k) % 4),
      })),
    ),
    directions: cases.flatMap((item, n) =>
      [0, 1, 2].map((review) => ({
        caseId: item.id,
        date: day(Math.min(11, (n % 10) + review + 1), 10),
        direction: directions[(n + review) % directions.length] ?? 'no_change',
        sequence: review,
      })),
    ),
    triage: Array.from({ length: 120 }, (_, n) => ({
      decidedOn: day(n % 12, 1 + (n % 27)),
      category: decisionCategories[n % decisionCategories.length] ?? 'nfa',
    })),
    contacts: Array.from({ length: 120 }, (_, n) => ({
      caseId: `case-${n % caseCount}`,
      receivedOn: day(n % 12, 1 + (n % 27)),
      isRepeat: n % 4 === 0,
      reasons: n % 3 === 0 ? [meetingReasons[n % meetingReasons.length] ?? 'repeat'] : [],
    })),
    actions: Array.from({ length: 90 }, (_, n) => ({
      dueDate: day(n % 12, 15),
      status: (['open', 'done', 'dropped'] as const)[n % 3] ?? 'open',
      completedOn: n % 3 === 1 ? day(n % 12, 10 + (n % 10)) : null,
      nonCompletionReason: n % 3 === 2 ? 'not_possible' : null,
    })),
    unitCosts: demandKinds.slice(0, 4).map((kind, k) => ({
      kind,
      costPence: 25_000 + k * 10_000,
      priceYear: '2019-20',
      bearer: (['police', 'nhs', 'nhs', 'local_authority'] as const)[k] ?? 'other',
      source: `Unit cost database, ${kind} (illustrative)`,
    })),
    from: '2025-04-01',
    to: '2026-03-31',
  })
  return {
    report,
    scope: 'All neighbourhoods; all agencies',
    stories: cases.map((item, n) => ({
      reference: item.reference,
      reviews: [0, 1, 2].map((review) => ({
        date: day(Math.min(11, (n % 10) + review + 1), 10),
        direction: directions[(n + review) % directions.length] ?? 'no_change',
      })),
    })),
  }
}
