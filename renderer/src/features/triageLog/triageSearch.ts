import type { TriageEntryView } from '../../../../shared/domain/record/views'

/** What the log's Search box looks through: the columns and the names and references behind them. */
export const triageSearchText = (row: TriageEntryView): string =>
  [
    row.caseReference,
    row.caseTitle,
    row.personName ?? '',
    row.sourceReference,
    row.summary,
    row.keyworkerName ?? '',
    row.neighbourhood,
    row.decidedByName,
    ...row.agencyNames,
    ...row.riskFactors,
    row.sourceLabel,
  ].join(' ')
