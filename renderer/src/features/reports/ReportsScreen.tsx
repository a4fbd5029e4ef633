import { useRef, useState, type FormEvent } from 'react'
import type { SessionState } from '../../../../shared/domain/session'
import { addMonths } from '../../../../shared/domain/record/dates'
import { londonDay } from '../../../../shared/domain/londonTime'
import { defaultAdjustments } from '../../../../shared/domain/outcomes/fiscalBenefit'
import { reportFilters } from '../../../../shared/domain/outcomes/report'
import { useApiQuery } from '../../api/client'
import { DateInput, fromIsoDate } from '../../components/DateInput'
import { ErrorSummary, Field } from '../../components/FormField'
import { ActionsReport } from './ActionsReport'
import { can } from '../session/can'
import { BoardReportExport } from './BoardReportExport'
import { CohortsPanel } from './CohortsPanel'
import { DemandReport } from './DemandReport'
import { DirectionReport } from './DirectionReport'
import { OpenCasesReport } from './OpenCasesReport'
import { RepeatsReport } from './RepeatsReport'
import { TriageReport } from './TriageReport'

const labels = {
  from: 'Cases opened from',
  to: 'Cases opened to',
  neighbourhood: 'Neighbourhood',
  agencyId: 'Agency',
  cohortId: 'Cohort',
  months: 'Months before and since',
  deadweightPercent: 'Deadweight (%)',
  optimismBiasPercent: 'Optimism bias (%)',
} as const
type Applied = ReturnType<typeof reportFilters.parse>

function initialFilters(): Applied {
  const today = londonDay(new Date().toISOString())
  return reportFilters.parse({ from: `${addMonths(today, -11).slice(0, 8)}01`, to: today, ...defaultAdjustments })
}

/** The cohort's outcomes: who is open, how triage and direction of travel went, demand and what it is worth. */
export function ReportsScreen({ session }: { session: SessionState }) {
  const [applied, setApplied] = useState<Applied>(initialFilters)
  const [form, setForm] = useState(() => ({
    ...applied,
    agencyId: '',
    cohortId: '',
    months: String(applied.months),
    deadweightPercent: String(applied.deadweightPercent),
    optimismBiasPercent: String(applied.optimismBiasPercent),
  }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const summaryRef = useRef<HTMLDivElement>(null)
  const agencies = useApiQuery('agencies:list', { includeInactive: true })
  const cohorts = useApiQuery('cohorts:list', { includeRetired: true })
  const report = useApiQuery('reports:build', applied)

  const cohortName = applied.cohortId ? cohorts.data?.find((cohort) => cohort.id === applied.cohortId)?.name : undefined
  const scopeText = `opened ${fromIsoDate(applied.from)} to ${fromIsoDate(applied.to)}${applied.neighbourhood ? ` in ${applied.neighbourhood}` : ''}${applied.agencyId ? `, ${agencies.data?.find((agency) => agency.id === applied.agencyId)?.name ?? 'the agency chosen'} involved` : ''}`
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = reportFilters.safeParse({
      from: form.from,
      to: form.to,
      neighbourhood: form.neighbourhood,
      agencyId: form.agencyId === '' ? null : form.agencyId,
      cohortId: form.cohortId === '' ? null : form.cohortId,
      months: number(form.months),
      deadweightPercent: number(form.deadweightPercent),
      optimismBiasPercent: number(form.optimismBiasPercent),
    })
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? '_'), issue.message])))
      return
    }
    setErrors({})
    setApplied(parsed.data)
  }

  return (
    <>
      <h1 tabIndex={-1}>Reports</h1>
      <form className="report-filters" onSubmit={submit} noValidate aria-label="Report filters">
        <ErrorSummary errors={errors} labels={labels} summaryRef={summaryRef} />
        <Field label={labels.from} hint="For example 01/04/2026" error={errors.from}>
          {(props) => <DateInput {...props} value={form.from} onChange={(from) => setForm({ ...form, from })} />}
        </Field>
        <Field label={labels.to} error={errors.to}>
          {(props) => <DateInput {...props} value={form.to} onChange={(to) => setForm({ ...form, to })} />}
        </Field>
        <Field label={labels.neighbourhood} hint="Leave blank for all" error={errors.neighbourhood}>
          {(props) => <input {...props} value={form.neighbourhood} onChange={(e) => setForm({ ...form, neighbourhood: e.target.value })} />}
        </Field>
        <Field label={labels.agencyId} hint="Leading or involved" error={errors.agencyId}>
          {(props) => (
            <select {...props} value={form.agencyId} onChange={(e) => setForm({ ...form, agencyId: e.target.value })}>
              <option value="">All agencies</option>
              {agencies.data?.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.cohortId} hint="A named group of cases" error={errors.cohortId}>
          {(props) => (
            <select {...props} value={form.cohortId} onChange={(e) => setForm({ ...form, cohortId: e.target.value })}>
              <option value="">All cases</option>
              {cohorts.data?.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.name}
                  {cohort.active ? '' : ' (retired)'}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.months} hint="Compares the months before each case opened with up to as many since" error={errors.months}>
          {(props) => (
            <input {...props} inputMode="numeric" value={form.months} onChange={(e) => setForm({ ...form, months: e.target.value })} />
          )}
        </Field>
        <Field label={labels.deadweightPercent} hint="Share of the change that would have happened anyway" error={errors.deadweightPercent}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={form.deadweightPercent}
              onChange={(e) => setForm({ ...form, deadweightPercent: e.target.value })}
            />
          )}
        </Field>
        <Field label={labels.optimismBiasPercent} hint="A cut for how far the evidence can be trusted" error={errors.optimismBiasPercent}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={form.optimismBiasPercent}
              onChange={(e) => setForm({ ...form, optimismBiasPercent: e.target.value })}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary">
            Show report
          </button>
        </div>
      </form>
      {report.isPending && <p>Working out the figures…</p>}
      {report.isError && <p role="alert">{report.error.message}</p>}
      {report.data && (
        <div className="report-sections" aria-live="polite">
          <p className="report-cohort">
            {report.data.cohortSize} {report.data.cohortSize === 1 ? 'case' : 'cases'} opened between {fromIsoDate(report.data.from)} and{' '}
            {fromIsoDate(report.data.to)}
            {applied.neighbourhood ? ` in ${applied.neighbourhood}` : ''}
            {cohortName ? `, in the cohort ${cohortName}` : ''}.
          </p>
          <OpenCasesReport open={report.data.openCases} />
          <TriageReport months={report.data.triage} />
          <RepeatsReport figures={report.data.repeats} />
          <DirectionReport {...report.data.direction} />
          <ActionsReport actions={report.data.actions} />
          <DemandReport changes={report.data.demand.changes} months={report.data.months} benefit={report.data.benefit} />
          <BoardReportExport filters={applied} />
        </div>
      )}
      <CohortsPanel
        canEdit={can(session, 'cohorts:create')}
        scope={{ from: applied.from, to: applied.to, neighbourhood: applied.neighbourhood, agencyId: applied.agencyId }}
        scopeText={scopeText}
      />
    </>
  )
}
