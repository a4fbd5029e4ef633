import { describe, expect, it } from 'vitest'
import { consentInput } from '../../shared/domain/record/consent'
import { addMonths, ageOn, daysBetween } from '../../shared/domain/record/dates'
import { demandInput } from '../../shared/domain/record/demand'
import { canTransition, transition } from '../../shared/domain/record/lifecycle'
import {
  canMatchSamePerson,
  editDistance,
  isSamePerson,
  LIKELY_MATCH_SCORE,
  scorePersonMatch,
  swapDayMonth,
} from '../../shared/domain/record/matching'
import { isValidNhsNumber, nhsNumber } from '../../shared/domain/record/nhsNumber'
import { dateOfBirthError, personInput } from '../../shared/domain/record/people'
import { escalationDue, isRepeat, policeIncidentsInYear } from '../../shared/domain/record/repeats'
import { checkReceived, receivedAtProblem } from '../../shared/domain/record/received'
import { canStillUndo, TRIAGE_UNDO_SECONDS } from '../../shared/domain/record/triage'
import { triageInput } from '../../shared/domain/record/triage'

const fieldErrors = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

describe('NHS number', () => {
  it('accepts valid numbers with spaces or hyphens and normalises them', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true)
    expect(isValidNhsNumber('401-023-2137')).toBe(true)
    expect(nhsNumber.parse(' 943 476 5919 ')).toBe('9434765919')
  })
  it('rejects a wrong check digit, a check value of 10, and the wrong length', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false)
    // 000000040x: 4 × weight 3 = 12, remainder 1, so the check value is 10: no last digit makes it valid.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`000000040${last}`)).toBe(false)
    expect(isValidNhsNumber('943476591')).toBe(false)
    expect(fieldErrors(nhsNumber.safeParse('9434765918'))).toEqual({
      '': "This NHS number's check digit is wrong: check for a typing error",
    })
    expect(fieldErrors(nhsNumber.safeParse('12345'))).toEqual({ '': 'NHS number must be 10 digits' })
  })
  it('is optional on a person: blank means none', () => {
    expect(personInput.parse({ role: 'child', firstName: 'Amara', nhsNumber: '  ' }).nhsNumber).toBeNull()
    expect(fieldErrors(personInput.safeParse({ role: 'child', firstName: 'Amara', nhsNumber: '9434765918' }))).toEqual({
      nhsNumber: "This NHS number's check digit is wrong: check for a typing error",
    })
  })
})

describe('dates and ages', () => {
  it('counts whole years, with 29 February birthdays turning on 1 March', () => {
    expect(ageOn('2010-05-20', '2026-05-19')).toBe(15)
    expect(ageOn('2010-05-20', '2026-05-20')).toBe(16)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
  })
  it('adds months at the end of a month and counts days', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28')
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
  })
  it('refuses a date of birth in the future', () => {
    expect(dateOfBirthError('2026-11-23', '2026-11-22')).toBe('Date of birth must be today or in the past')
    expect(dateOfBirthError('2026-11-22', '2026-11-22')).toBeNull()
  })
})

describe('case lifecycle', () => {
  it('allows the path forward, review and back, closing from any open stage, and reopening', () => {
    expect(canTransition('referred', 'triage')).toBe(true)
    expect(canTransition('triage', 'open')).toBe(true)
    expect(canTransition('open', 'review')).toBe(true)
    expect(canTransition('review', 'open')).toBe(true)
    expect(canTransition('closed', 'open')).toBe(true)
    expect(canTransition('open', 'triage')).toBe(false)
    expect(canTransition('closed', 'review')).toBe(false)
  })
  it('needs a closure reason, and a note when the reason is other', () => {
    expect(transition('open', { to: 'closed', closureReason: null, closureNote: '', hasKeyworker: true })).toEqual({
      ok: false,
      field: 'closureReason',
      message: 'Choose why the case is closing',
    })
    expect(transition('open', { to: 'closed', closureReason: 'other', closureNote: ' ', hasKeyworker: true })).toEqual({
      ok: false,
      field: 'closureNote',
      message: 'Say why the case is closing',
    })
    expect(transition('open', { to: 'closed', closureReason: 'disengaged', closureNote: '', hasKeyworker: true })).toEqual({
      ok: true,
      status: 'closed',
      reopened: false,
      closureReason: 'disengaged',
    })
  })
  it('counts a reopen and needs a keyworker to open', () => {
    expect(transition('closed', { to: 'open', closureReason: null, closureNote: '', hasKeyworker: true })).toMatchObject({
      ok: true,
      reopened: true,
    })
    expect(transition('triage', { to: 'open', closureReason: null, closureNote: '', hasKeyworker: false })).toEqual({
      ok: false,
      field: 'keyworkerId',
      message: 'An open case needs a keyworker: choose one first',
    })
    expect(transition('open', { to: 'triage', closureReason: null, closureNote: '', hasKeyworker: true })).toEqual({
      ok: false,
      field: 'to',
      message: 'A case cannot go from open to triage',
    })
  })
})

describe('repeats and escalation', () => {
  it('a contact within 12 months of an earlier one is a repeat; the day a year ago counts, the day before does not', () => {
    const now = '2026-11-22T10:00:00.000Z'
    expect(isRepeat(['2025-11-22T09:00:00.000Z'], now)).toBe(true)
    expect(isRepeat(['2025-11-21T23:59:00.000Z'], now)).toBe(false)
    expect(isRepeat([], now)).toBe(false)
    expect(isRepeat(['2026-11-22T11:00:00.000Z'], now)).toBe(false)
  })
  it('counts the 12 months on London days (British Summer Time included)', () => {
    // 00:30 BST on 1 May 2026 (UTC 30 April): the window opens at London midnight on 1 May 2025, 23:00 UTC on 30 April.
    const now = '2026-04-30T23:30:00.000Z'
    expect(isRepeat(['2025-04-30T23:15:00.000Z'], now)).toBe(true) // 00:15 BST on 1 May 2025
    expect(isRepeat(['2025-04-30T22:30:00.000Z'], now)).toBe(false) // 23:30 BST on 30 April 2025
    // A police contact at noon on 30 April 2025 is outside the year to 1 May 2026; on a UTC date it was inside.
    const contacts = ['2025-04-30T12:00:00.000Z', '2025-04-30T23:30:00.000Z', '2026-04-30T23:30:00.000Z']
    expect(policeIncidentsInYear([], contacts, now)).toBe(2)
    // A single incident recorded as demand on the London day of a contact is that contact.
    expect(policeIncidentsInYear([{ periodStart: '2026-05-01', periodEnd: '2026-05-01', count: 1 }], contacts, now)).toBe(2)
  })
  it('escalation is due at 3 police incidents in 12 months, counting periods', () => {
    expect(escalationDue([{ periodStart: '2026-09-01', periodEnd: '2026-10-01', count: 2 }], [], '2026-11-22')).toBe(false)
    expect(
      escalationDue(
        [
          { periodStart: '2026-09-01', periodEnd: '2026-10-01', count: 2 },
          { periodStart: '2026-01-05', periodEnd: '2026-01-05', count: 1 },
        ],
        [],
        '2026-11-22',
      ),
    ).toBe(true)
    expect(escalationDue([{ periodStart: '2025-10-01', periodEnd: '2025-11-01', count: 5 }], [], '2026-11-22')).toBe(false)
  })
  it('police contacts triaged count as incidents; one already recorded as demand that day counts once', () => {
    const contacts = ['2026-03-01T10:00:00.000Z', '2026-08-10T22:00:00.000Z', '2026-11-20T09:00:00.000Z']
    expect(policeIncidentsInYear([], contacts, '2026-11-22')).toBe(3)
    expect(escalationDue([], contacts, '2026-11-22')).toBe(true)
    // A contact more than a year before does not count.
    expect(policeIncidentsInYear([], ['2025-11-21T10:00:00.000Z', ...contacts.slice(1)], '2026-11-22')).toBe(2)
    // The 10 August call was also recorded as a single incident: one, not two. A period count is never matched to a contact.
    const demand = [
      { periodStart: '2026-08-10', periodEnd: '2026-08-10', count: 1 },
      { periodStart: '2026-01-01', periodEnd: '2026-03-01', count: 2 },
    ]
    expect(policeIncidentsInYear(demand, contacts, '2026-11-22')).toBe(5)
    // Two calls the same day against one recorded incident: two.
    expect(policeIncidentsInYear([demand[0]!], ['2026-08-10T09:00:00.000Z', '2026-08-10T21:00:00.000Z'], '2026-11-22')).toBe(2)
  })
})

describe('when a contact was received', () => {
  it('gives a specific message at the date or the time', () => {
    expect(checkReceived('31/02/2026', '10:00')).toEqual({ ok: false, fields: { receivedDate: '31/02/2026 is not a real date' } })
    expect(checkReceived('2/12/26', '10:00')).toEqual({ ok: false, fields: { receivedDate: 'Enter the year in full, e.g. 2026' } })
    expect(checkReceived('02/12/2026', '25:61')).toEqual({ ok: false, fields: { receivedTime: 'Enter the time as HH:MM, e.g. 14:30' } })
    expect(checkReceived('', '')).toEqual({
      ok: false,
      fields: { receivedDate: 'Enter the date the contact was received', receivedTime: 'Enter the time as HH:MM, e.g. 14:30' },
    })
    expect(checkReceived('next week', '10:00')).toEqual({
      ok: false,
      fields: { receivedDate: 'Enter the date as DD/MM/YYYY, e.g. 14/03/2026' },
    })
    expect(checkReceived('2/12/2026', '9.05')).toEqual({ ok: true, date: '2026-12-02', time: '09:05' })
    expect(checkReceived('2026-12-02', '23:59')).toEqual({ ok: true, date: '2026-12-02', time: '23:59' })
  })
  it('the service reads the same problems from the instant it is sent', () => {
    expect(receivedAtProblem('2026-02-29T10:00:00.000Z')).toBe('29/02/2026 is not a real date')
    expect(receivedAtProblem('2028-02-29T10:00:00.000Z')).toBeNull()
    expect(receivedAtProblem('02/12/2026 25:61')).toBe('Enter the time as HH:MM, e.g. 14:30')
  })
  it('a saved contact can be undone for 30 seconds, the same rule on screen and in the service', () => {
    expect(TRIAGE_UNDO_SECONDS).toBe(30)
    expect(canStillUndo('2026-11-22T09:00:00.000Z', new Date('2026-11-22T09:00:30.000Z'))).toBe(true)
    expect(canStillUndo('2026-11-22T09:00:00.000Z', new Date('2026-11-22T09:00:30.001Z'))).toBe(false)
  })
})

describe('likely duplicates', () => {
  it('forgives a typing slip and a transposition', () => {
    expect(editDistance('okafor', 'okafro')).toBe(1)
    expect(editDistance('smith', 'smyth')).toBe(1)
  })
  it('scores the same person typed differently as likely, and a stranger as not', () => {
    const candidate = { firstName: 'Chidi', lastName: 'Okafor', dateOfBirth: '1988-03-04' }
    const same = scorePersonMatch({ name: 'chidi okafro', dateOfBirth: '1988-04-03' }, candidate)
    expect(same.reasons).toEqual(['Similar surname', 'Same first name', 'Date of birth with day and month swapped'])
    expect(same.score).toBeGreaterThanOrEqual(LIKELY_MATCH_SCORE)
    expect(scorePersonMatch({ name: 'Okafor', dateOfBirth: null }, candidate)).toEqual({ score: 45, reasons: ['Same surname'] })
    expect(scorePersonMatch({ name: 'Jane Brown', dateOfBirth: '1990-01-01' }, candidate).score).toBeLessThan(LIKELY_MATCH_SCORE)
  })
  it('calls two records the same person only for the same loosely written name and the same date of birth', () => {
    const siobhan = { name: "Siobhan O'Neill-Kerr", dateOfBirth: '1985-06-12' }
    expect(isSamePerson(siobhan, { name: 'SIOBHAN  O’NEILL-KERR', dateOfBirth: '1985-06-12' })).toBe(true)
    expect(isSamePerson(siobhan, { name: 'Siobhán ONeill Kerr', dateOfBirth: '1985-06-12' })).toBe(false)
    expect(isSamePerson(siobhan, { name: "Siobhan O'Neill-Kerr", dateOfBirth: '1985-12-06' })).toBe(false)
    expect(isSamePerson({ name: 'Ann Kerr', dateOfBirth: null }, { name: 'Ann Kerr', dateOfBirth: null })).toBe(false)
    expect(canMatchSamePerson({ name: 'A', dateOfBirth: '1985-06-12' })).toBe(false)
    expect(canMatchSamePerson({ name: 'Ann Kerr', dateOfBirth: '12/06/1985' })).toBe(false)
  })
  it('swaps day and month only where that makes a different real date', () => {
    expect(swapDayMonth('1988-03-04')).toBe('1988-04-03')
    expect(swapDayMonth('1988-03-03')).toBeNull()
    expect(swapDayMonth('1988-03-25')).toBeNull()
  })
})

describe('input schemas', () => {
  it('consent needs a lawful basis always, a date unless not asked, and a scope when given', () => {
    const personId = crypto.randomUUID()
    expect(fieldErrors(consentInput.safeParse({ personId, status: 'given' }))).toEqual({
      lawfulBasis: 'Choose the lawful basis for holding and sharing this information',
    })
    expect(fieldErrors(consentInput.safeParse({ personId, status: 'given', lawfulBasis: 'consent' }))).toEqual({
      recordedOn: 'Enter the date consent was given, refused or withdrawn',
      scope: 'Say what the person agreed to share, and with whom',
    })
    expect(consentInput.safeParse({ personId, status: 'not_asked', lawfulBasis: 'public_task' }).success).toBe(true)
  })
  it('triage needs a subject, summary, risk and decision, with messages at the fields', () => {
    const result = triageInput.safeParse({
      receivedAt: '2026-11-22T09:00:00.000Z',
      source: 'police',
      summary: ' ',
      decidedByUserId: crypto.randomUUID(),
      subject: { mode: 'new', kind: 'individual', person: { role: 'subject', firstName: '' } },
    })
    expect(fieldErrors(result)).toEqual({
      'subject.person.firstName': 'Enter a first name',
      summary: 'Enter a summary of the contact',
      riskLevel: 'Choose a risk level',
      decisionCategory: 'Choose a triage decision',
    })
  })
  it('a demand period must not end before it starts', () => {
    const result = demandInput.safeParse({
      caseId: crypto.randomUUID(),
      kind: 'police_incident',
      periodStart: '2026-03-01',
      periodEnd: '2026-01-01',
      count: 4,
    })
    expect(fieldErrors(result)).toEqual({ periodEnd: 'The end of the period must be on or after its start' })
  })
})
