import { Bar, LabelList } from 'recharts'
import { demandSummary } from '../../../../shared/domain/outcomes/charts'
import { costBearerLabels, costBearers } from '../../../../shared/domain/outcomes/costBearers'
import { deflatorSource, indicativeLabel, indicativeNote } from '../../../../shared/domain/outcomes/deflators'
import { formatCount, type DemandChange } from '../../../../shared/domain/outcomes/demandChange'
import type { BenefitLine, FiscalBenefit } from '../../../../shared/domain/outcomes/fiscalBenefit'
import { formatPence, roundPence } from '../../../../shared/domain/outcomes/money'
import { demandKindLabels } from '../../../../shared/domain/record/demand'
import { ChartPanel, chartColours } from './ChartPanel'
import { CountBarChart } from './CountBarChart'
import { Working } from './Working'
import { PlainTable } from '../../components/PlainTable'

function LineWorking({ line, benefit }: { line: BenefitLine; benefit: FiscalBenefit }) {
  return (
    <Working figure={`${demandKindLabels[line.kind]}, ${formatPence(line.netPence)}`}>
      <ul>
        <li>Contacts avoided: {formatCount(line.avoided)} (the before rate over the months since, less what happened since)</li>
        <li>
          Unit cost: {formatPence(line.unitCost.costPence)} at {line.unitCost.priceYear} prices. Source: {line.unitCost.source}
        </li>
        <li>
          Uprated to {line.uprating.toYear} by the GDP deflator: × {line.uprating.toIndex} ÷ {line.uprating.fromIndex} ={' '}
          {formatPence(roundPence(line.upratedUnitCost))} per contact. {deflatorSource}
        </li>
        <li>
          Gross: {formatCount(line.avoided)} × {formatPence(roundPence(line.upratedUnitCost))} = {formatPence(line.grossPence)}
        </li>
        <li>
          Less deadweight {benefit.adjustments.deadweightPercent}% and optimism bias {benefit.adjustments.optimismBiasPercent}%:{' '}
          {formatPence(line.netPence)}
        </li>
        <li>Borne by: {costBearerLabels[line.bearer]}. Pence are rounded once, at the end, half away from zero.</li>
      </ul>
    </Working>
  )
}

/** `level` 3 when it sits under another section (the case screen's "Demand on services"). */
export function DemandReport({
  changes,
  months,
  benefit,
  title = 'Demand before and after',
  level = 2,
}: {
  changes: DemandChange[]
  months: number
  benefit: FiscalBenefit
  title?: string
  level?: 2 | 3
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  const SubHeading = level === 2 ? 'h3' : 'h4'
  const data = changes.map((change) => ({
    kind: demandKindLabels[change.kind],
    before: Math.round(change.beforePerMonth * 10) / 10,
    after: Math.round(change.afterPerMonth * 10) / 10,
  }))
  const table = (
    <PlainTable
      caption="Service contacts before and since, per month"
      rows={changes}
      rowKey={(change) => change.kind}
      rowHeaders
      columns={[
        { header: 'Kind of contact', cell: (change) => demandKindLabels[change.kind] },
        { header: 'Before', cell: (change) => formatCount(change.before) },
        { header: 'Before, a month', cell: (change) => formatCount(change.beforePerMonth) },
        { header: 'Since', cell: (change) => formatCount(change.after) },
        { header: 'Since, a month', cell: (change) => formatCount(change.afterPerMonth) },
        { header: 'Avoided', cell: (change) => formatCount(change.avoided) },
      ]}
    />
  )
  const chart = (
    <CountBarChart data={data} xKey="kind" wholeNumbers={false}>
      <Bar dataKey="before" name={`A month, ${months} months before`} fill={chartColours.red}>
        <LabelList dataKey="before" position="top" />
      </Bar>
      <Bar dataKey="after" name="A month, since" fill="url(#pattern-hatch)" stroke={chartColours.blue}>
        <LabelList dataKey="after" position="top" />
      </Bar>
    </CountBarChart>
  )
  return (
    <section aria-labelledby="report-demand-heading">
      <Heading id="report-demand-heading">{title}</Heading>
      <ChartPanel title={title} summary={demandSummary(changes, months)} chart={chart} table={table} />
      <SubHeading>
        Cost avoided <span className="indicative-tag">{indicativeLabel}</span>
      </SubHeading>
      <p className="indicative-note">{indicativeNote}</p>
      <p>
        Fiscal benefit by the Greater Manchester cost-benefit method, at {benefit.reportYear} prices, after deadweight of{' '}
        {benefit.adjustments.deadweightPercent}% and optimism bias of {benefit.adjustments.optimismBiasPercent}%:{' '}
        <strong>{formatPence(benefit.totalNetPence)}</strong>.
      </p>
      {benefit.uncosted.length > 0 && (
        <p>Not costed (no unit cost in Settings): {benefit.uncosted.map((kind) => demandKindLabels[kind]).join(', ')}.</p>
      )}
      <PlainTable
        caption={`Cost avoided by kind of contact (${indicativeLabel.toLowerCase()})`}
        rows={benefit.lines}
        rowKey={(line) => line.kind}
        rowHeaders
        columns={[
          { header: 'Kind of contact', cell: (line) => demandKindLabels[line.kind] },
          { header: 'Avoided', cell: (line) => formatCount(line.avoided) },
          { header: 'Gross', cell: (line) => formatPence(line.grossPence) },
          { header: 'Net', cell: (line) => formatPence(line.netPence) },
          { header: 'Borne by', cell: (line) => costBearerLabels[line.bearer] },
        ]}
      />
      {benefit.lines.map((line) => (
        <LineWorking key={line.kind} line={line} benefit={benefit} />
      ))}
      <Working figure={`total ${formatPence(benefit.totalNetPence)}`}>
        <p>
          The sum of the unrounded net figures above, rounded once (so it can differ by a penny from adding the rounded lines). Gross before
          adjustments: {formatPence(benefit.totalGrossPence)}.
        </p>
        <ul>
          {costBearers
            .filter((bearer) => benefit.byBearerPence[bearer] !== 0)
            .map((bearer) => (
              <li key={bearer}>
                {costBearerLabels[bearer]}: {formatPence(benefit.byBearerPence[bearer])}
              </li>
            ))}
        </ul>
      </Working>
    </section>
  )
}
