/**
 * Export fixtures: small builders with realistic (made-up) UK data, and a
 * large meeting for the benchmark. Professionals and household members use
 * separate name pools, so a test can demand that no household name survives
 * redaction without tripping over an attendee's name.
 */
import { deflateSync } from 'node:zlib'
import type {
  ActionItem,
  ActionTrackerDocData,
  AgendaItem,
  Attendee,
  CasePerson,
  CasePlanDocData,
  HouseStyle,
  MinutesDocData,
  TrackerAction,
} from '../../electron/main/export/types'

export function makeStyle(overrides: Partial<HouseStyle> = {}): HouseStyle {
  return {
    organisationName: 'One Trafford Response – Stretford',
    logoPng: null,
    protectiveMarking: 'OFFICIAL-SENSITIVE',
    generatedAt: '2026-03-12T14:05:00Z',
    author: 'Priya Shah',
    ...overrides,
  }
}

export function makePerson(overrides: Partial<CasePerson> = {}): CasePerson {
  return {
    id: 'person-shannon',
    firstName: 'Shannon',
    lastName: 'Whitlock',
    otherNames: ['Shaz'],
    relationship: 'Subject',
    dateOfBirth: '1991-07-23',
    address: '14 Elm Road, Stretford, Manchester M32 0AB',
    identifiers: [
      { label: 'NHS number', value: '485 777 3456' },
      { label: 'Police reference', value: 'GMP/25/118842' },
    ],
    consent: 'given',
    ...overrides,
  }
}

export function makeAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'action-1',
    description: 'Book a joint home visit with housing to discuss the rent arrears plan',
    owner: 'Tom Hargreaves',
    ownerAgency: 'Trafford Housing Trust',
    dueDate: '2026-03-19',
    status: 'open',
    statusReason: null,
    change: 'new',
    ...overrides,
  }
}

export const whitlockHousehold: CasePerson[] = [
  makePerson(),
  makePerson({
    id: 'person-darren',
    firstName: 'Darren',
    otherNames: [],
    relationship: 'Partner',
    dateOfBirth: '1988-02-14',
    identifiers: [{ label: 'Police reference', value: 'GMP/24/007731' }],
  }),
  makePerson({
    id: 'person-kayden',
    firstName: 'Kayden',
    otherNames: [],
    relationship: 'Son',
    dateOfBirth: '2014-11-02',
    identifiers: [{ label: 'NHS number', value: '943 476 5919' }],
  }),
  makePerson({
    id: 'person-ann',
    firstName: 'Ann',
    lastName: 'Pryce',
    otherNames: [],
    relationship: 'Grandmother',
    dateOfBirth: '1962-05-30',
    address: '3 Derbyshire Lane, Stretford M32 8PT',
    identifiers: [],
  }),
]

export function makeAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    caseReference: 'RT-2026-0042',
    caseTitle: 'Whitlock family',
    people: whitlockHousehold,
    consentToShare: true,
    reasons: ['Review due', 'New police contact since the last meeting'],
    discussion: [
      {
        text: "Shannon said Darren's drinking has got worse since Christmas. SHANNON'S mother Ann Pryce is helping with the school run after the Annual review; the Whitlocks' tenancy at 14 Elm Road is at risk.",
      },
      { text: 'GP reports Shaz started new medication (DOB 23/07/1991 confirmed with the surgery).', category: 'health' },
      {
        text: 'Intelligence suggests Darren Whitlock is associating with known dealers (ref GMP/24/007731).',
        category: 'police_intelligence',
      },
      { text: "A neighbour reported shouting at the Whitlock's flat; Kayden's teacher raised concerns.", category: 'third_party' },
    ],
    decisions: [
      'Keyworker to stay with Trafford Council early help',
      "Refer Darren to the drug and alcohol service with Shannon's agreement",
    ],
    riskBefore: 'medium',
    riskAfter: 'high',
    direction: 'worsening',
    directionReason: 'Two police call-outs and rent arrears rising since the last review',
    nextReviewDate: '2026-03-26',
    informationShared: [
      {
        agency: 'Greater Manchester Police',
        summary: 'Two domestic call-outs to Darren Whitlock in February',
        category: 'police_intelligence',
      },
      { agency: 'Pennine Care', summary: "Shannon's mental health review brought forward", category: 'health' },
      { agency: 'Trafford Housing Trust', summary: 'Arrears of £1,240; notice of seeking possession not yet served', category: null },
    ],
    sharingWithoutConsent: [
      {
        rationale: 'Risk of significant harm to Kayden outweighs Darren Whitlock’s refusal to share police information',
        decidedBy: 'Priya Shah',
        decidedOn: '2026-03-12',
      },
    ],
    actions: [
      makeAction(),
      makeAction({
        id: 'action-2',
        description: 'Ask the school nurse to see Kayden about sleep and attendance',
        owner: 'Dr Helen Okafor',
        ownerAgency: 'Pennine Care',
        dueDate: '2026-03-24',
        change: 'updated',
      }),
      makeAction({
        id: 'action-3',
        description: "Check whether Shannon's Universal Credit housing element has been paid",
        owner: 'Sarah Quinn',
        ownerAgency: 'DWP Jobcentre Plus',
        dueDate: '2026-03-05',
        change: 'carried',
      }),
      makeAction({
        id: 'action-4',
        description: 'Home fire safety visit',
        owner: 'Kath Morley',
        ownerAgency: 'GMFRS',
        dueDate: '2026-02-20',
        status: 'dropped',
        statusReason: 'Family declined; smoke alarms already fitted',
        change: 'carried',
      }),
    ],
    ...overrides,
  }
}

export const kowalczykItem = (): AgendaItem =>
  makeAgendaItem({
    caseReference: 'RT-2026-0057',
    caseTitle: 'Marek Kowalczyk',
    people: [
      makePerson({
        id: 'person-marek',
        firstName: 'Marek',
        lastName: 'Kowalczyk',
        otherNames: [],
        dateOfBirth: '1979-09-09',
        address: 'Flat 6, Chester House, King Street, Stretford M32 9QQ',
        identifiers: [{ label: 'NHS number', value: '401 023 2137' }],
      }),
    ],
    reasons: ['Step-down review'],
    discussion: [{ text: 'Marek has kept every appointment and started volunteering. Mr KOWALCZYK’S debts are now in a plan.' }],
    decisions: ['Step down to early help at the next review if this continues'],
    riskBefore: 'medium',
    riskAfter: 'low',
    direction: 'improving',
    directionReason: 'Engaging with the debt plan; no police contact for eight weeks',
    informationShared: [],
    sharingWithoutConsent: [],
    actions: [
      makeAction({
        id: 'action-5',
        description: "Confirm Marek's volunteering placement references",
        owner: 'Sarah Quinn',
        ownerAgency: 'DWP Jobcentre Plus',
        dueDate: '2026-04-02',
      }),
    ],
  })

/** A case without consent to share: the redacted copy must reduce it. */
export const odonnellItem = (): AgendaItem =>
  makeAgendaItem({
    caseReference: 'RT-2026-0061',
    caseTitle: "Grace O'Donnell",
    consentToShare: false,
    people: [
      makePerson({
        id: 'person-grace',
        firstName: 'Grace',
        lastName: "O'Donnell",
        otherNames: [],
        dateOfBirth: '1995-01-17',
        address: '27 Moss Park Road, Stretford M32 7HJ',
        identifiers: [{ label: 'NHS number', value: '710 993 2201' }],
        consent: 'refused',
      }),
    ],
    reasons: ['Repeated A&E attendances'],
    discussion: [{ text: "Grace O'Donnell attended A&E four times this month; Grace's keyworker will keep trying." }],
    decisions: ["Keyworker to offer Grace a meeting at O'Donnell's preferred café"],
    riskBefore: 'high',
    riskAfter: 'high',
    direction: 'no_change',
    directionReason: 'Still declining support',
    informationShared: [{ agency: 'North West Ambulance Service', summary: 'Four call-outs', category: 'health' }],
    sharingWithoutConsent: [],
    actions: [
      makeAction({
        id: 'action-6',
        description: 'Check the tenancy for Grace and offer a welfare visit',
        owner: 'Tom Hargreaves',
        ownerAgency: 'Trafford Housing Trust',
        dueDate: '2026-03-20',
      }),
      makeAction({
        id: 'action-7',
        description: "Flag Grace O'Donnell's address for a welfare check after further calls",
        owner: 'PC Liam Brookes',
        ownerAgency: 'Greater Manchester Police',
        dueDate: '2026-03-16',
      }),
    ],
  })

export const attendees: Attendee[] = [
  { name: 'Priya Shah', agency: 'Trafford Council', role: 'Chair, Early Help manager', attendance: 'present' },
  { name: 'Tom Hargreaves', agency: 'Trafford Housing Trust', role: 'Tenancy sustainment officer', attendance: 'present' },
  { name: 'Dr Helen Okafor', agency: 'Pennine Care', role: 'Specialist mental health practitioner', attendance: 'present' },
  { name: 'PC Liam Brookes', agency: 'Greater Manchester Police', role: 'Neighbourhood officer', attendance: 'present' },
  { name: 'Sarah Quinn', agency: 'DWP Jobcentre Plus', role: 'Work coach', attendance: 'present' },
  { name: 'Jamie Ellis', agency: 'Trafford Council', role: 'Student social worker', attendance: 'observer' },
  { name: 'Kath Morley', agency: 'GMFRS', role: 'Prevention advocate', attendance: 'apologies', informationSent: true },
  { name: 'Raj Patel', agency: 'National Probation Service', role: 'Probation officer', attendance: 'apologies', informationSent: false },
]

export function makeMinutesData(overrides: Partial<MinutesDocData> = {}): MinutesDocData {
  return {
    meetingKind: 'weekly',
    date: '2026-03-12',
    time: '10:00',
    location: 'Stretford Hub, meeting room 2',
    chair: 'Priya Shah',
    confidentiality: {
      statement:
        'Information shared today is confidential to this meeting and is shared under the Trafford information sharing agreement. It must not be passed on without the agreement of the agency that provided it.',
      agreedBy: ['Priya Shah', 'Tom Hargreaves', 'Dr Helen Okafor', 'PC Liam Brookes', 'Sarah Quinn', 'Jamie Ellis'],
    },
    attendees,
    agendaItems: [makeAgendaItem(), kowalczykItem(), odonnellItem()],
    nextMeeting: { date: '2026-03-19', time: '10:00', location: 'Stretford Hub, meeting room 2' },
    approval: { status: 'draft' },
    version: 1,
    amendments: [],
    ...overrides,
  }
}

/** Every household name in the standard minutes fixture, for leak checks. */
export const householdNames = [
  'Shannon',
  'Shaz',
  'Darren',
  'Kayden',
  'Whitlock',
  'Ann',
  'Pryce',
  'Marek',
  'Kowalczyk',
  'Grace',
  "O'Donnell",
]
const householdBirthDates = ['1991-07-23', '1988-02-14', '2014-11-02', '1962-05-30', '1979-09-09', '1995-01-17']
/** Each household date of birth as ISO, '23 July 1991', '23 Jul 1991' and '23/07/1991'. */
export const householdDatesOfBirth = householdBirthDates.flatMap(dateSpellings)

export function dateSpellings(isoDate: string): string[] {
  const [year, month, day] = isoDate.split('-')
  const monthName = new Date(`${isoDate}T12:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
  return [isoDate, `${Number(day)} ${monthName} ${year}`, `${Number(day)} ${monthName.slice(0, 3)} ${year}`, `${day}/${month}/${year}`]
}
export const householdIdentifiers = [
  '485 777 3456',
  '4857773456',
  'GMP/25/118842',
  'GMP/24/007731',
  '943 476 5919',
  '401 023 2137',
  '710 993 2201',
  '14 Elm Road',
  'M32 0AB',
  'Derbyshire Lane',
  'Chester House',
  'Moss Park Road',
]

// ---------------------------------------------------------------------------
// Large meeting: 40 cases, 200 actions

const firstNames = [
  'Leah',
  'Connor',
  'Aisha',
  'Bradley',
  'Chantelle',
  'Tyler',
  'Megan',
  'Kyle',
  'Jade',
  'Callum',
  'Nadia',
  'Reece',
  'Bethany',
  'Owen',
  'Zoë',
  'Dominic',
]
const surnames = [
  'Ashworth',
  'Bannister',
  'Cartwright',
  'Dunmore',
  'Entwistle',
  'Fairclough',
  'Greenhalgh',
  'Holroyd',
  'Ingham',
  'Jepson',
  'Kershaw',
  'Lomax',
  'Mottram',
  'Nuttall',
  'Ormerod',
  'Pilkington',
  'Rigby',
  'Sutcliffe',
  'Tattersall',
  'Whittaker',
]
const agencies = ['Trafford Council', 'Trafford Housing Trust', 'Pennine Care', 'Greater Manchester Police', 'DWP Jobcentre Plus', 'GMFRS']
const owners = ['Tom Hargreaves', 'Dr Helen Okafor', 'PC Liam Brookes', 'Sarah Quinn', 'Kath Morley', 'Priya Shah']
const tasks = [
  'Arrange a joint visit to agree the support plan',
  'Chase the GP for an update on the medication review',
  'Complete the benefits check and apply for a discretionary housing payment',
  'Refer to the drug and alcohol service and book the first appointment',
  'Speak to the school about attendance and free school meals',
  'Carry out a home fire safety check',
  'Review the tenancy and agree an arrears repayment plan',
  'Share the safety plan with the out-of-hours team',
]

export function makeLargeMinutesData(caseCount = 40, actionsPerCase = 5): MinutesDocData {
  const agendaItems: AgendaItem[] = []
  for (let c = 0; c < caseCount; c += 1) {
    const surname = surnames[c % surnames.length] ?? 'Ashworth'
    const people: CasePerson[] = [0, 1, 2].slice(0, 1 + (c % 3)).map((p) =>
      makePerson({
        id: `case-${c}-person-${p}`,
        firstName: firstNames[(c * 3 + p) % firstNames.length] ?? 'Leah',
        lastName: surname,
        otherNames: [],
        relationship: p === 0 ? 'Subject' : p === 1 ? 'Partner' : 'Daughter',
        dateOfBirth: p === 2 ? `201${c % 10}-0${1 + (c % 9)}-1${c % 10}` : `19${70 + (c % 25)}-1${c % 3}-2${c % 8}`,
        address: `${10 + c} ${surname} Street, Stretford M32 ${c % 10}AB`,
        identifiers: [{ label: 'NHS number', value: `${400 + c} ${100 + c} ${1000 + c * 7}` }],
      }),
    )
    const actions: ActionItem[] = []
    for (let a = 0; a < actionsPerCase; a += 1) {
      const n = c * actionsPerCase + a
      actions.push(
        makeAction({
          id: `action-${n}`,
          description: `${tasks[n % tasks.length] ?? 'Follow up'} for ${people[0]?.firstName ?? 'the subject'} (action ${n + 1})`,
          owner: owners[n % owners.length] ?? 'Priya Shah',
          ownerAgency: agencies[n % agencies.length] ?? 'Trafford Council',
          dueDate: `2026-0${3 + (n % 4)}-${String(1 + (n % 28)).padStart(2, '0')}`,
          status: n % 11 === 0 ? 'done' : 'open',
          change: n % 3 === 0 ? 'new' : n % 3 === 1 ? 'updated' : 'carried',
        }),
      )
    }
    agendaItems.push(
      makeAgendaItem({
        caseReference: `RT-2026-${String(100 + c).padStart(4, '0')}`,
        caseTitle: people.length > 1 ? `${surname} family` : `${people[0]?.firstName ?? ''} ${surname}`,
        people,
        consentToShare: c % 7 !== 3,
        discussion: [
          {
            text: `${people[0]?.firstName ?? ''} ${surname} met the keyworker twice. ${surname}'s rent is up to date and the family engaged well with the school.`,
          },
          { text: `GP confirms ${people[0]?.firstName ?? ''}'s medication review is booked.`, category: 'health' },
        ],
        reasons: ['Scheduled review'],
        decisions: [`Keep the case open with the current keyworker; review ${surname} household in four weeks`],
        informationShared: [
          { agency: agencies[c % agencies.length] ?? 'Trafford Council', summary: `Update on ${surname} household`, category: null },
        ],
        sharingWithoutConsent: [],
        riskBefore: (['high', 'medium', 'low'] as const)[c % 3] ?? 'medium',
        riskAfter: (['medium', 'low', 'high'] as const)[c % 3] ?? 'medium',
        direction: (['improving', 'no_change', 'worsening'] as const)[c % 3] ?? 'no_change',
        actions,
      }),
    )
  }
  return makeMinutesData({ agendaItems })
}

// ---------------------------------------------------------------------------
// Case plan and action tracker

export function makeCasePlanData(overrides: Partial<CasePlanDocData> = {}): CasePlanDocData {
  return {
    caseReference: 'RT-2026-0042',
    caseTitle: 'Whitlock family',
    kind: 'family',
    members: [
      {
        name: 'Shannon Whitlock',
        relationship: 'Subject (mother)',
        age: 34,
        consent: 'given',
        consentDate: '2026-01-08',
        consentScope: 'All partner agencies in the Stretford team',
      },
      { name: 'Darren Whitlock', relationship: 'Partner', age: 38, consent: 'refused', consentDate: '2026-01-08', consentScope: null },
      {
        name: 'Kayden Whitlock',
        relationship: 'Son',
        age: 11,
        consent: 'given',
        consentDate: '2026-01-08',
        consentScope: 'Given by Shannon as parent',
      },
    ],
    keyworker: { name: 'Priya Shah', agency: 'Trafford Council Early Help', contactDetails: '0161 912 0000' },
    agencies: [
      {
        agency: 'Trafford Housing Trust',
        contactName: 'Tom Hargreaves',
        contactDetails: '0161 968 0000',
        involvement: 'Tenancy and arrears',
      },
      { agency: 'Pennine Care', contactName: 'Dr Helen Okafor', contactDetails: null, involvement: "Shannon's mental health" },
      { agency: 'DWP Jobcentre Plus', contactName: 'Sarah Quinn', contactDetails: null, involvement: 'Universal Credit and work' },
    ],
    aspirations: ['Shannon: "Keep our home and get Kayden back to school every day."', 'Kayden: to play for the Stretford juniors again'],
    strengths: ['Shannon asks for help early', 'Grandmother Ann lives nearby and helps daily', 'Kayden likes his teacher'],
    needs: [
      { id: 'N1', description: 'Rent arrears of £1,240 put the tenancy at risk' },
      { id: 'N2', description: "Darren's drinking and its effect on the household" },
      { id: 'N3', description: "Kayden's school attendance is 62%" },
    ],
    riskLevel: 'high',
    directionHistory: [
      { date: '2026-01-15', direction: 'no_change', reason: 'Plan agreed; too early to see change' },
      { date: '2026-02-12', direction: 'improving', reason: 'Arrears plan started; attendance up to 70%' },
      { date: '2026-03-12', direction: 'worsening', reason: 'Two police call-outs and missed rent payments' },
    ],
    personViews: 'Shannon says she wants one person to talk to and does not want to repeat her story to every agency.',
    dissentingViews: [
      {
        by: 'PC Liam Brookes',
        agency: 'Greater Manchester Police',
        view: 'Risk should be assessed through MARAC now, not at the next review.',
      },
    ],
    outcomes: [
      { description: 'The family keeps the tenancy, with arrears reducing every month', needIds: ['N1'] },
      { description: 'Kayden attends school at least 90% of the time by the summer term', needIds: ['N3'] },
      { description: 'Darren engages with the drug and alcohol service', needIds: ['N2'] },
    ],
    actions: [
      {
        description: 'Agree an affordable arrears plan (£10 a week) and review it monthly',
        owner: 'Tom Hargreaves',
        ownerAgency: 'Trafford Housing Trust',
        dueDate: '2026-03-19',
        status: 'open',
        needIds: ['N1'],
      },
      {
        description: 'Meet Kayden and his head of year to agree an attendance plan',
        owner: 'Priya Shah',
        ownerAgency: 'Trafford Council Early Help',
        dueDate: '2026-03-24',
        status: 'open',
        needIds: ['N3'],
      },
      {
        description: 'Offer Darren a first appointment with the drug and alcohol service within two weeks',
        owner: 'Dr Helen Okafor',
        ownerAgency: 'Pennine Care',
        dueDate: '2026-03-26',
        status: 'open',
        needIds: ['N2'],
      },
    ],
    contingency: {
      ifThingsGetWorse: [
        'If there is another police call-out, the keyworker calls a professionals meeting within 48 hours',
        'If a notice of seeking possession is served, housing tells the keyworker the same day',
      ],
      contacts: [
        { who: 'Emergency', service: 'Police / ambulance', phone: '999', when: 'Immediate danger' },
        { who: 'Trafford Children First Response', service: 'Children’s services', phone: '0161 912 5125', when: 'Concern for Kayden' },
        {
          who: 'Mental health crisis line',
          service: 'Greater Manchester Mental Health',
          phone: '0800 953 0285',
          when: 'Shannon in crisis, any time',
        },
      ],
    },
    reviewDate: '2026-04-09',
    stepDownCriteria: ['No police call-outs for eight weeks', 'Arrears reducing for three months', 'Kayden attending at least 90%'],
    distribution: [
      { name: 'Tom Hargreaves', agency: 'Trafford Housing Trust' },
      { name: 'Dr Helen Okafor', agency: 'Pennine Care' },
      { name: 'Sarah Quinn', agency: 'DWP Jobcentre Plus' },
    ],
    signOff: [
      { name: 'Shannon Whitlock', role: 'Parent', agency: '—' },
      { name: 'Priya Shah', role: 'Keyworker', agency: 'Trafford Council Early Help' },
    ],
    version: 3,
    ...overrides,
  }
}

export function makeTrackerAction(overrides: Partial<TrackerAction> = {}): TrackerAction {
  return {
    id: 'tracker-1',
    caseReference: 'RT-2026-0042',
    description: 'Book a joint home visit',
    owner: 'Tom Hargreaves',
    ownerAgency: 'Trafford Housing Trust',
    dueDate: '2026-03-19',
    status: 'open',
    raisedOn: '2026-03-05',
    ...overrides,
  }
}

export function makeTrackerData(overrides: Partial<ActionTrackerDocData> = {}): ActionTrackerDocData {
  return {
    groupBy: 'agency',
    today: '2026-03-12',
    actions: [
      makeTrackerAction(),
      makeTrackerAction({ id: 'tracker-2', description: 'Agree the arrears plan', dueDate: '2026-03-02' }),
      makeTrackerAction({ id: 'tracker-3', description: 'Chase the repairs team', dueDate: null }),
      makeTrackerAction({
        id: 'tracker-4',
        description: 'Send the safety plan to the out-of-hours team',
        owner: 'Priya Shah',
        ownerAgency: 'Trafford Council',
        dueDate: '2026-03-11',
      }),
      makeTrackerAction({
        id: 'tracker-5',
        description: 'Benefits check',
        owner: 'Sarah Quinn',
        ownerAgency: 'DWP Jobcentre Plus',
        dueDate: '2026-03-30',
      }),
      makeTrackerAction({ id: 'tracker-6', description: 'Closed action that must not appear', status: 'done', dueDate: '2026-01-01' }),
      makeTrackerAction({ id: 'tracker-7', description: 'Dropped action that must not appear', status: 'dropped', dueDate: '2026-01-01' }),
      makeTrackerAction({
        id: 'tracker-8',
        description: 'Welfare check with the family',
        owner: 'Priya Shah',
        ownerAgency: 'Trafford Housing Trust',
        dueDate: '2026-03-12',
      }),
    ],
    ...overrides,
  }
}

// ---------------------------------------------------------------------------
// Logo

/** A real PNG (a navy bar with a lighter square), made here so tests need no binary files. */
export function makeLogoPng(width = 180, height = 60): Uint8Array {
  const raw = new Uint8Array((width * 3 + 1) * height)
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1)
    raw[row] = 0
    for (let x = 0; x < width; x += 1) {
      const inSquare = x > 10 && x < 10 + height - 20 && y > 10 && y < height - 10
      const [r, g, b] = inSquare ? [0x8e, 0xaa, 0xdb] : [0x1f, 0x38, 0x64]
      raw.set([r, g, b], row + 1 + x * 3)
    }
  }
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 2, 0, 0, 0], 8)
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array(0)),
  ])
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = new TextEncoder().encode(type)
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(typeBytes, 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(concat([typeBytes, data])))
  return out
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
