/** A large meeting for the benchmark and the layout tests: 40 cases, 200 actions, by default. */
import type { ActionItem, AgendaItem, CasePerson, MinutesDocData } from '../../electron/main/export/types'
import { makeAction, makePerson } from './documentBuilders'
import { makeAgendaItem, makeMinutesData } from './standardMeeting'

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
