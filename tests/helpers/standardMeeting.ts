/**
 * The standard meeting of the export tests: three households (Whitlock,
 * Kowalczyk, O'Donnell without consent), and every identifier they hold,
 * for leak checks of the redacted copies.
 */
import type { AgendaItem, CasePerson, MinutesDocData } from '../../electron/main/export/types'
import { attendees, makeAction, makePerson } from './documentBuilders'

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
