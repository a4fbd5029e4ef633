/**
 * Households with awkward real-world names, for the redaction tests (issue
 * 10 and issue 12 defect 3): an apostrophe and a hyphen in one surname, a
 * child whose name starts ordinary words ('Ann' / 'Annual'), a partner whose
 * first name is a verb ('Mark' / 'marked'), a one-word street, and a
 * common-word surname (Price) in another case, plus a housing officer who
 * shares a surname with a case subject (Hughes).
 */
import type { AgendaItem, Attendee, CasePerson, MinutesDocData } from '../../electron/main/export/types'
import { makeAction } from './documentBuilders'
import { makeAgendaItem, makeMinutesData } from './standardMeeting'

function person(overrides: Partial<CasePerson> & Pick<CasePerson, 'id' | 'firstName' | 'lastName'>): CasePerson {
  return {
    otherNames: [],
    relationship: 'Subject',
    dateOfBirth: null,
    address: null,
    identifiers: [],
    consent: 'given',
    ...overrides,
  }
}

const kingsway = '12 Kingsway, Stretford, Manchester M32 8QT'

export const oneillHousehold: CasePerson[] = [
  person({ id: 'p-siobhan', firstName: 'Siobhan', lastName: "O'Neill-Kerr", dateOfBirth: '1987-06-02', address: kingsway }),
  person({
    id: 'p-ann',
    firstName: 'Ann',
    lastName: "O'Neill-Kerr",
    relationship: 'Daughter',
    dateOfBirth: '2016-09-14',
    address: kingsway,
  }),
  person({ id: 'p-mark', firstName: 'Mark', lastName: 'Jones', relationship: 'Partner', dateOfBirth: '1985-01-30', address: kingsway }),
]

export const priceHousehold: CasePerson[] = [
  person({
    id: 'p-gareth',
    firstName: 'Gareth',
    lastName: 'Price',
    dateOfBirth: '1970-11-05',
    address: 'Flat 3, Rowan Court, Urmston M41 0TT',
    consent: 'refused',
  }),
]

export const hughesHousehold: CasePerson[] = [
  person({
    id: 'p-paul',
    firstName: 'Paul',
    lastName: 'Hughes',
    dateOfBirth: '1979-04-21',
    address: '7 Derbyshire Lane, Stretford M32 8JB',
  }),
]

/** The housing officer shares a surname with Paul Hughes and is nobody in any household. */
export const karenHughes = 'Karen Hughes'

export function oneillItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return makeAgendaItem({
    caseReference: 'RT-2026-0101',
    caseTitle: "O'Neill-Kerr family",
    people: oneillHousehold,
    reasons: ['Annual review', 'Rent arrears'],
    discussion: [
      {
        text: [
          'Siobhan O’Neill-Kerr said ONeill family life has been hard; Ms O Neill has planned a move.',
          "Ann's school marked her attendance as improving. Kerr cousins visit at weekends.",
          'Mark Jones has moved out; the Joneses still visit the flat on Kingsway. The flat at 21 Kingsway was offered; neighbours on KINGSWAY complained.',
        ].join('\n'),
      },
    ],
    decisions: ['Housing to review the tenancy at 12 Kingsway', "Support Mark's move and Ann's school transport"],
    directionReason: 'Annual review planned; arrears marked as reducing',
    informationShared: [],
    sharingWithoutConsent: [],
    actions: [
      makeAction({ id: 'a-0101-1', description: 'Visit Siobhan at home in Stretford and check the Kingsway repairs', owner: karenHughes }),
    ],
    ...overrides,
  })
}

export function priceItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return makeAgendaItem({
    caseReference: 'RT-2026-0102',
    caseTitle: 'Gareth Price',
    people: priceHousehold,
    consentToShare: false,
    reasons: ['Welfare concern'],
    discussion: [{ text: 'Mr Price was not at home. Gareth has not engaged.' }],
    decisions: ['Welfare check on Gareth Price'],
    directionReason: 'No contact since February',
    informationShared: [],
    sharingWithoutConsent: [],
    actions: [
      makeAction({
        id: 'a-0102-1',
        description: 'Welfare check on Gareth Price',
        owner: 'PC Liam Brookes',
        ownerAgency: 'Greater Manchester Police',
      }),
    ],
    ...overrides,
  })
}

export function hughesItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return makeAgendaItem({
    caseReference: 'RT-2026-0103',
    caseTitle: 'Paul Hughes',
    people: hughesHousehold,
    reasons: ['Hoarding and fire risk'],
    discussion: [
      {
        text: 'Paul Hughes let the fire service in. Mr Hughes agreed to a clear-out. The price of the repairs is not yet known; the same person will quote.',
      },
    ],
    decisions: ['Fire service to revisit Paul'],
    directionReason: 'Paul is engaging',
    informationShared: [],
    sharingWithoutConsent: [],
    actions: [makeAction({ id: 'a-0103-1', description: 'Arrange a skip for Mr Hughes', owner: karenHughes })],
    ...overrides,
  })
}

const attendees: Attendee[] = [
  { name: 'Priya Shah', agency: 'Trafford Council', role: 'Chair', attendance: 'present' },
  { name: karenHughes, agency: 'Trafford Housing Trust', role: 'Housing officer', attendance: 'present' },
  { name: 'PC Liam Brookes', agency: 'Greater Manchester Police', role: 'Neighbourhood officer', attendance: 'present' },
]

/** A hub meeting with all three households; the housing officer is in attendance, the confidentiality list and as an owner. */
export function householdsMinutes(overrides: Partial<MinutesDocData> = {}): MinutesDocData {
  return makeMinutesData({
    meetingKind: 'weekly',
    attendees,
    confidentiality: {
      statement: 'Information shared today is confidential to this meeting.',
      agreedBy: ['Priya Shah', karenHughes, 'PC Liam Brookes'],
    },
    agendaItems: [oneillItem(), priceItem(), hughesItem()],
    amendments: [
      {
        text: 'The flat at 21 Kingsway was withdrawn; Mr Price moved. The price of the repairs was agreed.',
        by: karenHughes,
        date: '2026-03-20',
      },
    ],
    ...overrides,
  })
}

/** Every identifier of the three households that must not appear in a redacted copy (case-insensitive). */
export const householdLeaks = [
  'Siobhan',
  "O'Neill",
  'O’Neill',
  'ONeill',
  'O Neill',
  'Kerr',
  'Mark Jones',
  'Jones',
  'Joneses',
  'Kingsway',
  'Gareth',
  'Mr Price',
  'Paul Hughes',
  'Mr Hughes',
  'Rowan Court',
  'Derbyshire Lane',
  'M32 8QT',
]

/** Ordinary words (and the professional) that must survive redaction, exactly as written. */
export const mustSurvive = ['Annual review', 'planned', 'marked', 'The price of the repairs', 'the same person', karenHughes]
