/**
 * Builders for the export documents' data, with realistic (made-up) UK
 * data: a house style, a person, an action, the attendees, a case plan and
 * an action tracker. Professionals and household members use separate name
 * pools, so a test can demand that no household name survives redaction
 * without tripping over an attendee's name.
 */
import type {
  ActionItem,
  ActionTrackerDocData,
  Attendee,
  CasePerson,
  CasePlanDocData,
  HouseStyle,
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
