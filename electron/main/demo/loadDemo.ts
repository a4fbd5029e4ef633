/**
 * `npm run demo`: a realistic, deterministic year of a neighbourhood team,
 * loaded through the real services (the same validation, rules and audit as
 * the screens) with a clock that walks from 1 December 2025 to 30 November
 * 2026: agencies and users, about two new people or families a week through
 * triage (with their demand on services in the year before), repeat contacts,
 * a weekly case meeting every Wednesday (attendance, confidentiality, direction
 * of travel, actions raised and followed up, minutes approved), cases closed
 * when things improve, demand since opening, and the "OTR weekend" cohort.
 * Every name is made up. The same seed gives the same data every time.
 *
 * The marker row (repos/demo.ts) is written first, in its own transaction, so
 * a half-loaded folder is still recognised as demo data and can be reloaded.
 */
import type { Db } from '../db/connection'
import { markDemo } from '../db/repos/demo'
import { caseTransitionInput } from '../../../shared/domain/record/lifecycle'
import { caseUpdateInput } from '../../../shared/domain/record/caseEdits'
import { demandInput, type DemandKind } from '../../../shared/domain/record/demand'
import { triageInput, type DecisionCategory, type MeetingReason } from '../../../shared/domain/record/triage'
import { agendaItemRecordInput, meetingCreateInput } from '../../../shared/domain/meetings/meetings'
import { addDays, addMonths } from '../../../shared/domain/record/dates'
import type { Direction } from '../../../shared/domain/meetings/direction'
import type { RiskLevel } from '../../../shared/domain/risk'
import type { UserRole } from '../../../shared/domain/users'
import * as actions from '../services/actions'
import * as agencies from '../services/agencies'
import * as agenda from '../services/agenda'
import * as attendance from '../services/attendance'
import * as caseRecord from '../services/caseRecord'
import * as cohorts from '../services/cohorts'
import type { ServiceContext } from '../services/context'
import * as demand from '../services/demand'
import * as meetings from '../services/meetings'
import * as session from '../services/session'
import { SessionStore } from '../services/sessionStore'
import * as triage from '../services/triage'
import * as users from '../services/users'

export const DEMO_SEED = 'roundtable-demo-1'
/** Demo credentials, printed when the demo starts and given in the README: demo data only. */
export const DEMO_PASSPHRASE = 'demo passphrase 2026'
export const DEMO_PIN = '135790'
export const DEMO_ADMIN = 'Alex Morgan'
/** The year the demo covers: the Reports e2e and the README screenshots use it. */
export const demoPeriod = { from: '2025-12-01', to: '2026-11-30' } as const
export const DEMO_COHORT = 'OTR weekend'

/** mulberry32 from a string: small, fast and the same on every machine. */
function random(seed: string): () => number {
  let state = 0
  for (const char of seed) state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) + 1) >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const team: ReadonlyArray<{ name: string; agency: string; role: UserRole }> = [
  { name: 'Chris Okonjo', agency: 'Police', role: 'chair' },
  { name: 'Priya Shah', agency: 'MH Trust', role: 'practitioner' },
  { name: 'Sam Patel', agency: 'Housing', role: 'practitioner' },
  { name: 'Jo Whitfield', agency: 'Early Help', role: 'practitioner' },
  { name: 'Dan Kowalski', agency: 'Police', role: 'practitioner' },
  { name: 'Maya Roberts', agency: 'ASC', role: 'practitioner' },
  { name: 'Tom Eze', agency: 'DWP', role: 'viewer' },
]

const firstNames = [
  'Aaliyah',
  'Ben',
  'Callum',
  'Dionne',
  'Ellis',
  'Farah',
  'Gary',
  'Hollie',
  'Imran',
  'Jade',
  'Kieran',
  'Leanne',
  'Marcus',
  'Nadia',
  'Owen',
  'Paige',
  'Reece',
  'Shannon',
  'Tariq',
  'Vicky',
  'Wes',
  'Yasmin',
  'Zach',
  'Carly',
  'Dean',
  'Gemma',
  'Liam',
  'Toni',
]
const lastNames = [
  'Ashworth',
  'Begum',
  'Clegg',
  'Doherty',
  'Entwistle',
  'Fitzgerald',
  'Greenhalgh',
  'Hussain',
  'Igwe',
  'Jennings',
  'Kelly',
  'Lomax',
  'McBride',
  'Nowak',
  "O'Brien",
  'Pilkington',
  'Quayle',
  'Rahman',
  'Schofield',
  'Thornley',
  'Unsworth',
  'Varga',
  'Walsh',
  'Yildiz',
]
const neighbourhoods = ['Harpurhey', 'Moston', 'Blackley', 'Charlestown', 'Crumpsall'] as const
const streets = [
  'Moston Lane',
  'Rochdale Road',
  'Victoria Avenue',
  'Church Lane',
  'Hill Lane',
  'Lathbury Road',
  'Conran Street',
  'Kenyon Lane',
]
const sources = [
  ['police', 40],
  ['ambulance', 12],
  ['ae', 8],
  ['gp', 10],
  ['housing', 12],
  ['fire', 3],
  ['probation', 4],
  ['dwp', 3],
  ['self', 4],
  ['family', 4],
] as const
const summaries: Record<string, readonly string[]> = {
  police: [
    'Concern for welfare call: found distressed and intoxicated in the street.',
    'Domestic disturbance reported by neighbours; no offences disclosed.',
    'Missing from home overnight, returned of own accord.',
    'Repeated calls to police about neighbours; appears paranoid.',
    'Detained under section 136 after threats to jump from a bridge.',
  ],
  ambulance: ['Ambulance called after an overdose of prescribed medication.', 'Fall at home while intoxicated; declined conveyance.'],
  ae: ['Attended A&E with self-harm injuries; left before assessment.', 'Frequent attender at A&E with chest pain, no cause found.'],
  gp: [
    'GP concerned about low mood and weight loss; not collecting prescriptions.',
    'GP reports escalating alcohol use and missed appointments.',
  ],
  housing: ['Rent arrears of eight weeks; eviction notice likely.', 'Property in very poor condition; hoarding reported by neighbours.'],
  fire: ['Small kitchen fire; smoke alarm not working; heavy smoking.'],
  probation: ['Released on licence last month; no settled address.'],
  dwp: ['Benefit sanction; no money for food or gas.'],
  self: ['Asked for help with debts and feeling unable to cope.'],
  family: ['Sister worried about isolation and not eating.'],
}
const riskFactorsBySource: Record<string, readonly string[]> = {
  police: ['Alcohol', 'Violence or threats', 'Suicidal thoughts'],
  ambulance: ['Self-harm', 'Alcohol'],
  ae: ['Self-harm'],
  gp: ['Alcohol', 'Self-neglect'],
  housing: ['Debt', 'Self-neglect'],
}
const improvingReasons = [
  'Engaging with the mental health team',
  'Tenancy secured and arrears plan agreed',
  'Fewer calls to police this month',
  'Attending appointments with the GP',
]
const sameReasons = ['Still declining support', 'Waiting for a housing offer', 'No change since the last meeting']
const worseningReasons = ['New incidents reported to police', 'Eviction notice served', 'Drinking has increased']
const actionTexts: ReadonlyArray<[string, string]> = [
  ['Joint home visit with the keyworker', 'MH Trust'],
  ['Apply for discretionary housing payment', 'Housing'],
  ['Refer to the drug and alcohol service', 'MH Trust'],
  ['Check benefit entitlement and lift the sanction', 'DWP'],
  ['Fit a working smoke alarm', 'Fire'],
  ['Offer an early help assessment to the family', 'Early Help'],
  ['Share the safety plan with the neighbourhood officers', 'Police'],
  ['Carry out a care act assessment', 'ASC'],
]

/** How a case goes: most get better, some stay put, a few get worse. */
type Trajectory = 'improving' | 'steady' | 'worsening'

interface DemoCase {
  id: string
  trajectory: Trajectory
  /** Contacts a month before the case opened, by kind. */
  rates: Partial<Record<DemandKind, number>>
  reviews: number
  closed: boolean
}

export interface DemoSummary {
  users: number
  cases: number
  contacts: number
  meetings: number
  cohortCases: number
}

/**
 * Loads the demo year into an empty, migrated database (the caller has made
 * sure it is one: see demoFolder.ts). `setClock` moves the clock the services
 * read; the loader leaves it where the year ends and the caller hands it back.
 * `weeks` stops early (the same first weeks): the tests use a few, the demo all 52.
 */
export function loadDemo(db: Db, setClock: (at: Date) => void, options: { weeks?: number } = {}): DemoSummary {
  const lastMonday = addDays(demoPeriod.from, 7 * Math.min(52, options.weeks ?? 52) - 7)
  const rand = random(DEMO_SEED)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const chance = (p: number) => rand() < p
  const weighted = <T extends string>(list: ReadonlyArray<readonly [T, number]>): T => {
    const total = list.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = rand() * total
    for (const [value, weight] of list) if ((roll -= weight) < 0) return value
    return (list[0] as readonly [T, number])[0]
  }
  let clock = new Date(`${demoPeriod.from}T08:00:00.000Z`)
  let actor: string | null = null
  const ctx: ServiceContext = { db, now: () => clock, actorId: () => actor }
  const at = (iso: string) => {
    clock = new Date(iso)
    setClock(clock)
  }
  at(clock.toISOString())

  db.transaction(() => markDemo(db, clock.toISOString(), DEMO_SEED)).immediate()

  // The team: the first administrator through first-run set-up, then the rest.
  agencies.seedDefaults(ctx)
  const agencyList = agencies.list(ctx, true)
  const agencyId = (shortName: string) => agencyList.find((agency) => agency.shortName === shortName)?.id ?? ''
  const setUp = session.setUp(ctx, new SessionStore(), {
    organisationName: 'North Manchester Neighbourhood Team (demo)',
    userName: DEMO_ADMIN,
    agencyId: agencyId('ASC'),
    passphrase: DEMO_PASSPHRASE,
    passphraseConfirm: DEMO_PASSPHRASE,
  })
  const adminId = setUp.user?.id ?? ''
  actor = adminId
  const userIds = new Map<string, string>()
  for (const member of team) {
    const credential = member.role === 'admin' ? DEMO_PASSPHRASE : DEMO_PIN
    userIds.set(member.name, users.create(ctx, { name: member.name, agencyId: agencyId(member.agency), role: member.role, credential }).id)
  }
  const chairId = userIds.get('Chris Okonjo') ?? ''
  const practitioners = team.filter((member) => member.role === 'practitioner').map((member) => userIds.get(member.name) ?? '')
  const cohort = cohorts.create(ctx, {
    name: DEMO_COHORT,
    description: 'People seen by the Operation Talla weekend patrols and brought to the hub',
  })

  const cases: DemoCase[] = []
  let contacts = 0
  let heldMeetings = 0
  let cohortCases = 0
  let meetingId: string | null = null

  const addDemand = (caseId: string, kind: DemandKind, periodStart: string, periodEnd: string | null, count: number) =>
    demand.add(ctx, demandInput.parse({ caseId, kind, periodStart, periodEnd, count }))

  const newContact = (receivedAt: string, monday: boolean) => {
    const source = weighted(sources)
    const risk: RiskLevel = weighted([
      ['high', 25],
      ['medium', 50],
      ['low', 25],
    ] as const)
    const decision: DecisionCategory =
      risk === 'high'
        ? weighted([
            ['complex', 50],
            ['safeguarding', 30],
            ['early_help', 20],
          ] as const)
        : weighted([
            ['early_help', 50],
            ['complex', 15],
            ['self_help', 15],
            ['nfa', 20],
          ] as const)
    const bring = decision === 'complex' || decision === 'safeguarding' || (decision === 'early_help' && chance(0.6))
    const reasons: MeetingReason[] = bring ? [risk === 'high' ? 'visible_high_risk' : 'professional_judgement'] : []
    const family = chance(0.3)
    const firstName = pick(firstNames)
    const lastName = pick(lastNames)
    const neighbourhood = pick(neighbourhoods)
    const year = 1960 + Math.floor(rand() * 45)
    const entry = triage.create(
      ctx,
      triageInput.parse({
        receivedAt,
        source,
        sourceReference: source === 'police' ? `GMP-${receivedAt.slice(2, 4)}${String(Math.floor(rand() * 90000) + 10000)}` : '',
        subject: {
          mode: 'new',
          kind: family ? 'family' : 'individual',
          title: family ? `The ${lastName} family` : '',
          person: {
            role: 'subject',
            firstName,
            lastName,
            dateOfBirth: `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
            address: `${1 + Math.floor(rand() * 120)} ${pick(streets)}, Manchester`,
            neighbourhood,
          },
        },
        summary: pick(summaries[source] ?? summaries.police ?? ['Contact received.']),
        riskLevel: risk,
        riskFactors: (riskFactorsBySource[source] ?? []).filter(() => chance(0.6)),
        decisionCategory: decision,
        meetingReasons: reasons,
        decisionNotes: '',
        decidedByUserId: pick(practitioners),
        bringToNextMeeting: bring,
      }),
    )
    contacts += 1
    const record = caseRecord.get(ctx, entry.caseId)
    caseRecord.update(
      ctx,
      caseUpdateInput.parse({
        caseId: record.id,
        title: record.title,
        keyworkerId: pick(practitioners),
        leadAgencyId: record.leadAgencyId,
        riskLevel: record.riskLevel,
        nextReviewDate: null,
        neighbourhood,
        summary: record.summary,
        aspirations: '',
        strengths: '',
        needs: [],
      }),
    )
    const trajectory: Trajectory = weighted([
      ['improving', 60],
      ['steady', 25],
      ['worsening', 15],
    ] as const)
    const rates: Partial<Record<DemandKind, number>> = { police_incident: 0.4 + rand() * 1.6 }
    if (chance(0.6)) rates.ambulance = 0.2 + rand() * 0.6
    if (chance(0.5)) rates.ae_attendance = 0.2 + rand() * 0.5
    if (chance(0.3)) rates.housing = 0.1 + rand() * 0.2
    // The year before, as the partners' systems report it: a count for each six months.
    const day = receivedAt.slice(0, 10)
    for (const [kind, rate] of Object.entries(rates) as Array<[DemandKind, number]>) {
      for (const [start, end] of [
        [addMonths(day, -12), addDays(addMonths(day, -6), -1)],
        [addMonths(day, -6), addDays(day, -1)],
      ] as const) {
        const count = Math.round(rate * 6 * (0.7 + rand() * 0.6))
        if (count > 0) addDemand(entry.caseId, kind, start, end, count)
      }
    }
    cases.push({ id: entry.caseId, trajectory, rates, reviews: 0, closed: false })
    // Weekend patrol referrals logged on a Monday by the police join the OTR weekend cohort.
    if (monday && source === 'police' && chance(0.7)) {
      cohorts.addCase(ctx, { cohortId: cohort.id, caseId: entry.caseId })
      cohortCases += 1
    }
  }

  const repeatContact = (receivedAt: string) => {
    const open = cases.filter((item) => !item.closed)
    if (open.length === 0) return
    const item = pick(open)
    const source = weighted([
      ['police', 60],
      ['ambulance', 20],
      ['ae', 20],
    ] as const)
    const risk: RiskLevel =
      item.trajectory === 'worsening'
        ? 'high'
        : weighted([
            ['medium', 60],
            ['low', 40],
          ] as const)
    const escalation = source === 'police' && triage.checkRepeat(ctx, { caseId: item.id, receivedAt, source }).escalationDue
    const reasons: MeetingReason[] = escalation ? ['escalation'] : risk === 'high' ? ['visible_high_risk'] : []
    triage.create(
      ctx,
      triageInput.parse({
        receivedAt,
        source,
        subject: { mode: 'existing', caseId: item.id },
        summary: pick(summaries[source] ?? ['Contact received.']),
        riskLevel: risk,
        decisionCategory: risk === 'high' ? 'complex' : 'early_help',
        meetingReasons: reasons,
        decidedByUserId: pick(practitioners),
        bringToNextMeeting: reasons.length > 0,
      }),
    )
    contacts += 1
  }

  const runMeeting = (date: string) => {
    at(`${date}T10:00:00.000Z`)
    actor = chairId
    if (meetingId === null)
      meetingId = meetings.create(
        ctx,
        meetingCreateInput.parse({ kind: 'weekly', date, time: '10:00', location: 'Harpurhey Neighbourhood Hub', chairId }),
      ).id
    let detail = agenda.refresh(ctx, meetingId)
    if (heldMeetings === 0) {
      detail = attendance.addPresent(ctx, {
        meetingId,
        userIds: team
          .filter((member) => member.role !== 'viewer')
          .map((member) => userIds.get(member.name) ?? '')
          .filter((id) => id !== chairId),
      })
    }
    for (const attendee of detail.attendees) {
      const away = attendee.userId !== chairId && chance(0.12)
      attendance.mark(ctx, { attendeeId: attendee.id, attendance: away ? 'apologies' : 'present', informationSent: false })
      if (!away) attendance.agree(ctx, { attendeeId: attendee.id, agreed: true, skipped: false })
    }
    detail = meetings.start(ctx, meetingId)
    for (const item of detail.items.filter((row) => !row.removed)) {
      const demoCase = cases.find((candidate) => candidate.id === item.caseId)
      for (const action of item.carriedActions.filter((carried) => carried.status === 'open')) {
        const roll = rand()
        const update =
          roll < 0.68
            ? { actionId: action.id, outcome: 'done' as const, note: '' }
            : roll < 0.9
              ? {
                  actionId: action.id,
                  outcome: 'open' as const,
                  nonCompletionReason: weighted([
                    ['not_possible', 55],
                    ['not_undertaken', 45],
                  ] as const),
                  note: '',
                }
              : { actionId: action.id, outcome: 'dropped' as const, note: 'No longer needed' }
        actions.updateAtMeetingItem(ctx, { itemId: item.id, update })
      }
      if (chance(0.55)) {
        const [description, owner] = pick(actionTexts)
        actions.raise(ctx, {
          itemId: item.id,
          description,
          ownerName: pick(['Sam Patel', 'Priya Shah', 'Jo Whitfield', 'Dan Kowalski', 'Maya Roberts']),
          ownerAgencyId: agencyId(owner),
          dueDate: addDays(date, pick([5, 7, 7, 14])),
        })
      }
      const trajectory = demoCase?.trajectory ?? 'steady'
      const direction: Direction = weighted(
        trajectory === 'improving'
          ? ([
              ['improving', 65],
              ['no_change', 25],
              ['worsening', 10],
            ] as const)
          : trajectory === 'worsening'
            ? ([
                ['worsening', 55],
                ['no_change', 35],
                ['improving', 10],
              ] as const)
            : ([
                ['no_change', 60],
                ['improving', 20],
                ['worsening', 20],
              ] as const),
      )
      const reason = pick(direction === 'improving' ? improvingReasons : direction === 'worsening' ? worseningReasons : sameReasons)
      agenda.record(
        ctx,
        agendaItemRecordInput.parse({
          itemId: item.id,
          discussion: `${reason}. Partners shared what they know and agreed the next steps.`,
          decisions: 'Keep under review.',
          riskAfter:
            direction === 'worsening' ? 'high' : direction === 'improving' && item.riskBefore === 'high' ? 'medium' : item.riskBefore,
          direction,
          directionReason: reason,
          nextReviewDate: addDays(date, 28),
          done: true,
        }),
      )
      if (demoCase) demoCase.reviews += 1
    }
    meetings.finish(ctx, { meetingId, nextMeetingDate: null })
    const approved = meetings.approve(ctx, meetingId)
    heldMeetings += 1
    meetingId = approved.nextMeetingId
    // A case that has got better over three or more reviews is closed, its outcomes achieved.
    for (const item of detail.items) {
      const demoCase = cases.find((candidate) => candidate.id === item.caseId)
      if (demoCase && !demoCase.closed && demoCase.trajectory === 'improving' && demoCase.reviews >= 3 && chance(0.3)) {
        caseRecord.changeStatus(
          ctx,
          caseTransitionInput.parse({
            caseId: demoCase.id,
            to: 'closed',
            closureReason: 'outcomes_achieved',
            closureNote: 'Goals in the plan met; partners agree to close.',
          }),
        )
        demoCase.closed = true
      }
    }
  }

  // Demand since opening, at the case's own rate scaled by how it is going: single events at 18:00.
  const weekOfDemand = (monday: string): Array<[string, () => void]> => {
    const events: Array<[string, () => void]> = []
    for (const item of cases) {
      const factor = item.closed ? 0.1 : item.trajectory === 'improving' ? 0.3 : item.trajectory === 'steady' ? 0.8 : 1.3
      for (const [kind, rate] of Object.entries(item.rates) as Array<[DemandKind, number]>) {
        if (!chance((rate * factor * 12) / 52)) continue
        const day = addDays(monday, Math.floor(rand() * 5))
        events.push([`${day}T18:00:00.000Z`, () => addDemand(item.id, kind, day, null, 1)])
      }
    }
    return events
  }

  // Each week, in time order: contacts as they come in, the Wednesday meeting, demand as it happens.
  for (let monday: string = demoPeriod.from; monday <= lastMonday; monday = addDays(monday, 7)) {
    const events: Array<[string, () => void]> = weekOfDemand(monday)
    const newPeople = 1 + Math.floor(rand() * 3)
    const repeats = Math.floor(rand() * 3)
    for (let n = 0; n < newPeople + repeats; n++) {
      const weekday = Math.floor(rand() * 5)
      const receivedAt = `${addDays(monday, weekday)}T${String(9 + Math.floor(rand() * 8)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00.000Z`
      events.push([
        addSeconds(receivedAt, 300),
        n < newPeople ? () => newContact(receivedAt, weekday === 0) : () => repeatContact(receivedAt),
      ])
    }
    const wednesday = addDays(monday, 2)
    events.push([`${wednesday}T10:00:00.000Z`, () => runMeeting(wednesday)])
    events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    for (const [when, run] of events) {
      at(when)
      actor = adminId
      run()
    }
  }
  at(`${options.weeks === undefined ? demoPeriod.to : addDays(lastMonday, 4)}T17:00:00.000Z`)
  return { users: team.length + 1, cases: cases.length, contacts, meetings: heldMeetings, cohortCases }
}

const addSeconds = (iso: string, seconds: number) => new Date(new Date(iso).getTime() + seconds * 1000).toISOString()
