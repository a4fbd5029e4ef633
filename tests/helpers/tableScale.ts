/**
 * A database at table scale for the Cases, Triage log and Actions pages
 * (issue 11): per case three people (the subject with an NHS number and a
 * consent record), four contacts (one in ten re-triaged), an agency
 * involved for half of them, ten actions with their updates at meetings, and
 * a meeting for every five cases with agenda items that record a direction
 * of travel. Values vary by a fixed rule (status, risk, keyworker,
 * neighbourhood, lead agency, consent, owners, due dates), so a test can
 * say what each filter must find.
 *
 * Rows go in through prepared statements in one transaction: the database's
 * own triggers (search index, table summaries) run for each, as for any
 * write.
 */
import { formatCaseReference } from '../../shared/domain/cases'
import { nhsNumberFrom } from './searchScale'
import type { TestApp } from './db'

export interface TableScaleOptions {
  cases: number
  triagePerCase?: number
  actionsPerCase?: number
}

export interface TableScale {
  cases: number
  people: number
  triage: number
  actions: number
  keyworkerIds: string[]
  agencyIds: string[]
}

export const scaleStatuses = ['open', 'review', 'triage', 'closed', 'open'] as const
export const scaleRisks = ['high', 'medium', 'low'] as const
export const scaleNeighbourhoods = ['Stretford', 'Old Trafford', 'Partington', 'Sale', 'Urmston', 'Altrincham', 'Hale']
const firstNames = ['Amir', 'Grace', 'Olivia', 'Jack', 'Nadia', 'Tom', 'Priya', 'Ewan', 'Zoë', 'Kofi', 'Ines', 'Liam']
const lastNames = [
  'Okafor',
  'Whitlock',
  'Khan',
  'Nowak',
  'Patel',
  'Hughes',
  'Murphy',
  'Chen',
  'Ahmed',
  'Evans',
  'Kowalski',
  'Byrne',
  'Fraser',
]
const sources = ['police', 'ambulance', 'gp', 'housing', 'self']
const owners = ['PC Jones', 'Sam Keyworker', 'Dr Rao', 'Housing officer', 'Lee Tenancy', 'Pat Youth']
const outcomes = ['open', 'done', 'dropped'] as const

/** Case n's subject's name, so a test can search for it. */
export const scaleSubject = (n: number) => ({
  firstName: firstNames[n % firstNames.length] ?? 'Amir',
  lastName: `${lastNames[(n * 5) % lastNames.length] ?? 'Okafor'}${n}`,
})
export const scaleReference = (n: number) => formatCaseReference(2017 + Math.floor(n / 5_000), (n % 5_000) + 1)
export const scaleCaseId = (n: number) => `case-${String(n).padStart(6, '0')}`

const day = (base: number, offsetDays: number) => new Date(base + offsetDays * 86_400_000).toISOString().slice(0, 10)

export function seedTableScale(app: TestApp, options: TableScaleOptions): TableScale {
  const { db } = app
  const triagePerCase = options.triagePerCase ?? 4
  const actionsPerCase = options.actionsPerCase ?? 10
  const now = new Date().toISOString()
  const agencyIds = ['Housing', 'Police', 'GP'].map((name) => app.agency(name).id)
  // Six keyworkers besides the administrator, straight into the table (no credentials: they never sign in here).
  const keyworkerIds = [app.admin.id]
  const insertUser = db.prepare(
    "INSERT INTO users (id, name, agency_id, role, active, created_at, updated_at) VALUES (?, ?, ?, 'practitioner', 1, ?, ?)",
  )
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, next_review_date, neighbourhood, triage_category, non_engagement, created_at, updated_at)
     VALUES (@id, @reference, @kind, @title, @status, @keyworker, @lead, @risk, @review, @neighbourhood, @category, @nonEngagement, @at, @at)`,
  )
  const insertPerson = db.prepare(
    `INSERT INTO people (id, case_id, role, relationship, first_name, last_name, preferred_name, date_of_birth, nhs_number, police_reference, address, neighbourhood, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, '', ?, ?, ?, '', '', ?, ?)`,
  )
  const insertConsent = db.prepare(
    "INSERT INTO consent_records (id, person_id, status, recorded_on, scope, lawful_basis, recorded_by, created_at, updated_at) VALUES (?, ?, ?, NULL, '', 'consent', ?, ?, ?)",
  )
  const insertTriage = db.prepare(
    `INSERT INTO triage_entries (id, case_id, person_id, received_at, source, source_reference, summary, risk_level, risk_factors,
       decision_category, meeting_reasons, decision_notes, decided_by, bring_to_next_meeting, is_repeat, supersedes_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, '[]', '', ?, 0, 0, ?, ?, ?, ?)`,
  )
  const insertInvolved = db.prepare(
    "INSERT INTO case_agencies (id, case_id, agency_id, contact_name, contact_details, since, ended_on, created_at, updated_at) VALUES (?, ?, ?, '', '', '2020-01-01', NULL, ?, ?)",
  )
  const insertMeeting = db.prepare(
    "INSERT INTO meetings (id, kind, date, time, location, chair_id, status, created_at, updated_at) VALUES (?, 'weekly', ?, '10:00', 'Hub', ?, 'planned', ?, ?)",
  )
  const insertItem = db.prepare(
    "INSERT INTO agenda_items (id, meeting_id, case_id, position, risk_before, direction, created_at, updated_at) VALUES (?, ?, ?, ?, 'medium', ?, ?, ?)",
  )
  const insertAction = db.prepare(
    `INSERT INTO actions (id, case_id, raised_at_meeting_id, description, owner_name, owner_user_id, owner_agency_id, due_date, status, completed_on, status_note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, '', ?, ?)`,
  )
  const insertUpdate = db.prepare(
    "INSERT INTO action_updates (id, action_id, meeting_id, outcome, non_completion_reason, note, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, '', ?, ?, ?)",
  )

  let people = 0
  let triage = 0
  let actions = 0
  const base = Date.UTC(2017, 0, 1)
  db.transaction(() => {
    for (let k = 1; k <= 6; k++) {
      // A UUID, as the contract expects of a user id.
      const id = `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`
      insertUser.run(id, `Keyworker ${String.fromCharCode(64 + k)}`, agencyIds[k % 3], now, now)
      keyworkerIds.push(id)
    }
    let meetingId = ''
    for (let n = 0; n < options.cases; n++) {
      const at = new Date(base + n * 600_000).toISOString()
      const caseId = scaleCaseId(n)
      const status = scaleStatuses[n % scaleStatuses.length] ?? 'open'
      const subject = scaleSubject(n)
      insertCase.run({
        id: caseId,
        reference: scaleReference(n),
        kind: n % 4 === 0 ? 'family' : 'individual',
        title: `The ${subject.lastName} household`,
        status,
        keyworker: status === 'triage' && n % 2 === 0 ? null : keyworkerIds[n % keyworkerIds.length],
        lead: agencyIds[n % 3],
        risk: scaleRisks[n % 3],
        review: n % 3 === 0 ? day(base, 400 + (n % 300)) : null,
        neighbourhood: n % 11 === 0 ? '' : (scaleNeighbourhoods[n % scaleNeighbourhoods.length] ?? ''),
        category: n % 6 === 0 ? null : ['self_help', 'early_help', 'complex', 'safeguarding', 'nfa'][n % 5],
        nonEngagement: n % 13 === 0 ? 1 : 0,
        at,
      })
      const subjectId = `person-${n}-0`
      insertPerson.run(
        subjectId,
        caseId,
        'subject',
        subject.firstName,
        subject.lastName,
        day(Date.UTC(1960, 0, 1), n % 15_000),
        nhsNumberFrom(200_000_000 + n * 3) ?? nhsNumberFrom(200_000_001 + n * 3),
        n % 5 === 0 ? `GMP-P-${n}` : '',
        at,
        at,
      )
      insertPerson.run(
        `person-${n}-1`,
        caseId,
        'partner',
        firstNames[(n + 3) % firstNames.length] ?? 'Jack',
        subject.lastName,
        null,
        null,
        '',
        at,
        at,
      )
      insertPerson.run(
        `person-${n}-2`,
        caseId,
        'child',
        firstNames[(n + 7) % firstNames.length] ?? 'Tom',
        subject.lastName,
        day(Date.UTC(2012, 0, 1), n % 3_000),
        null,
        '',
        at,
        at,
      )
      people += 3
      // Two in three have given consent; the rest refused or were never asked.
      if (n % 3 !== 2) insertConsent.run(`consent-${n}`, subjectId, 'given', app.admin.id, at, at)
      else if (n % 2 === 0) insertConsent.run(`consent-${n}`, subjectId, 'refused', app.admin.id, at, at)
      let previous: string | null = null
      for (let t = 0; t < triagePerCase; t++) {
        const received = new Date(base + n * 600_000 + t * 90_000_000 + 1_000).toISOString()
        const id = `triage-${n}-${t}`
        // One in ten cases has its first contact re-triaged by the second.
        const supersedes = t === 1 && n % 10 === 0 ? previous : null
        insertTriage.run(
          id,
          caseId,
          subjectId,
          received,
          sources[(n + t) % sources.length],
          `REF-${n}-${t}`,
          `Contact ${t} about case ${n}`,
          scaleRisks[(n + t) % 3],
          ['self_help', 'early_help', 'complex', 'safeguarding', 'nfa'][(n + t) % 5],
          keyworkerIds[(n + t) % keyworkerIds.length],
          supersedes,
          app.admin.id,
          received,
          received,
        )
        previous = id
        triage++
      }
      if (n % 2 === 0) insertInvolved.run(`involved-${n}`, caseId, agencyIds[(n + 1) % 3], at, at)
      if (n % 5 === 0) {
        meetingId = `meeting-${n / 5}`
        insertMeeting.run(meetingId, day(base, Math.floor(n / 5) * 7), app.admin.id, at, at)
      }
      insertItem.run(`item-${n}`, meetingId, caseId, n % 5, n % 4 === 0 ? null : ['improving', 'no_change', 'worsening'][n % 3], at, at)
      for (let a = 0; a < actionsPerCase; a++) {
        const id = `action-${n}-${a}`
        const outcome = outcomes[(n + a) % 7 === 0 ? 2 : (n + a) % 2] ?? 'open'
        insertAction.run(
          id,
          caseId,
          a % 3 === 0 ? null : meetingId,
          `Action ${a} for case ${n}`,
          owners[(n + a) % owners.length],
          agencyIds[(n + a) % 3],
          day(Date.UTC(2026, 0, 1), (n * 7 + a * 13) % 700),
          outcome,
          outcome === 'done' ? '2026-06-01' : null,
          at,
          at,
        )
        // Most actions were carried through a meeting or two.
        if (a % 3 !== 0) insertUpdate.run(`update-${n}-${a}-0`, id, meetingId, 'open', app.admin.id, at, at)
        if (a % 4 === 1) insertUpdate.run(`update-${n}-${a}-1`, id, null, outcome, app.admin.id, at, at)
        actions++
      }
    }
  })()
  return { cases: options.cases, people, triage, actions, keyworkerIds, agencyIds }
}
