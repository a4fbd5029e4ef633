/**
 * A database at search scale: tens of thousands of cases whose people mostly
 * share the same first two letters of their names (the shape that defeated the
 * old "first 500 rows sharing two letters" search), plus a few hundred seeded
 * people with unique names that every search must find.
 *
 * Rows go in through prepared statements in one transaction (the database's
 * own triggers run for each), so a 50,000-case file builds in seconds.
 */
import { formatCaseReference } from '../../shared/domain/cases'
import type { TestApp } from './db'

export interface SeededPerson {
  personId: string
  caseId: string
  reference: string
  firstName: string
  lastName: string
  dateOfBirth: string
  nhsNumber: string
}

export interface SearchScale {
  cases: number
  people: number
  seeded: SeededPerson[]
}

// Most background names start with "Ja"/"Jo" and "Sm": thousands share each pair of letters.
const firstNames = [
  'James',
  'Jasmine',
  'Jack',
  'Jacob',
  'Jade',
  'Jake',
  'Jamie',
  'Jane',
  'Janet',
  'Jason',
  'Joe',
  'John',
  'Jordan',
  'Joseph',
  'Joshua',
  'Josie',
  'Amir',
  'Grace',
  'Mohammed',
  'Olivia',
]
const lastNames = [
  'Smith',
  'Smyth',
  'Smart',
  'Small',
  'Smalley',
  'Smedley',
  'Smiley',
  'Smithers',
  'Smithson',
  'Smollett',
  'Smale',
  'Smeaton',
  'Jones',
  'Johnson',
  'Jackson',
  'James',
  'Okafor',
  'Khan',
  'Nowak',
  'Patel',
]
// Seeded surnames are "Sm" + two syllables: none of them is a background surname.
const syllablesA = ['ar', 'el', 'ob', 'ud', 'ix', 'en', 'om', 'ak', 'ev', 'ul']
const syllablesB = [
  'bridge',
  'ford',
  'wick',
  'ley',
  'ton',
  'by',
  'ham',
  'stead',
  'combe',
  'well',
  'worth',
  'field',
  'hurst',
  'dale',
  'mere',
  'gate',
  'holm',
  'thorpe',
  'croft',
  'shaw',
  'cote',
  'brook',
  'wood',
  'low',
  'more',
  'side',
  'burn',
  'den',
  'pool',
  'ridge',
]
const summaries = [
  'Welfare check after a call from a neighbour',
  'Found distressed in the town centre',
  'Missed appointments; family worried',
  'Noise complaint and a threat to staff',
]

/** A valid NHS number (modulus 11 check digit) from a nine-digit stem, or null when the stem has no valid check digit. */
export function nhsNumberFrom(stem: number): string | null {
  const digits = String(stem).padStart(9, '0')
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return null
  return `${digits}${check === 11 ? 0 : check}`
}

/** Seeded person i's NHS number: the first valid one from stem 800,000,000 + 13i (at most one stem in eleven has none). */
function seededNhsNumber(i: number): string | null {
  for (let step = 0; step < 13; step++) {
    const found = nhsNumberFrom(800_000_000 + i * 13 + step)
    if (found) return found
  }
  return null
}

function dateOfBirth(n: number): string {
  const day = new Date(Date.UTC(1940, 0, 1) + ((n * 7919) % 25_000) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

/** Seeded person i: a unique name sharing its first two letters with thousands; some with an apostrophe or an accent. */
function seededName(i: number): { firstName: string; lastName: string } {
  const surname = `Sm${syllablesA[i % syllablesA.length] ?? ''}${syllablesB[Math.floor(i / syllablesA.length) % syllablesB.length] ?? ''}`
  const lastName = i % 10 === 3 ? `O'${surname}` : surname
  const firstName = i % 7 === 2 ? 'Zoë' : (firstNames[i % 16] ?? 'James')
  return { firstName, lastName }
}

export function seedSearchScale(app: TestApp, options: { cases: number; seeded: number }): SearchScale {
  const { db } = app
  const agencyIds = [app.agency('Housing').id, app.agency('Police').id, app.agency('GP').id]
  const insertCase = db.prepare(
    `INSERT INTO cases (id, reference, kind, title, status, keyworker_id, lead_agency_id, risk_level, next_review_date, neighbourhood, created_at, updated_at)
     VALUES (?, ?, 'family', ?, 'open', ?, ?, ?, NULL, '', ?, ?)`,
  )
  const insertPerson = db.prepare(
    `INSERT INTO people (id, case_id, role, relationship, first_name, last_name, preferred_name, date_of_birth, nhs_number, police_reference, address, neighbourhood, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, '', ?, ?, ?, '', '', ?, ?)`,
  )
  const insertTriage = db.prepare(
    `INSERT INTO triage_entries (id, case_id, person_id, received_at, source, source_reference, summary, risk_level, risk_factors,
       decision_category, meeting_reasons, decision_notes, decided_by, bring_to_next_meeting, is_repeat, supersedes_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'police', ?, ?, 'medium', '[]', 'early_help', '[]', '', ?, 0, 0, NULL, ?, ?, ?)`,
  )
  const perYear = 5_000
  const spacing = Math.floor(options.cases / options.seeded)
  const seeded: SeededPerson[] = []
  let people = 0
  db.transaction(() => {
    for (let n = 0; n < options.cases; n++) {
      const at = new Date(Date.UTC(2017, 0, 1) + n * 600_000).toISOString()
      const caseId = `case-${n}`
      const reference = formatCaseReference(2017 + Math.floor(n / perYear), (n % perYear) + 1)
      const seedIndex = n % spacing === 0 ? n / spacing : -1
      const isSeed = seedIndex >= 0 && seedIndex < options.seeded
      const background = {
        firstName: firstNames[n % firstNames.length] ?? 'James',
        lastName: lastNames[Math.floor(n / firstNames.length) % lastNames.length] ?? 'Smith',
      }
      const subject = isSeed ? seededName(seedIndex) : background
      insertCase.run(
        caseId,
        reference,
        `The ${subject.lastName} family`,
        app.admin.id,
        agencyIds[n % 3],
        ['high', 'medium', 'low'][n % 3],
        at,
        at,
      )
      const subjectId = `person-${n}-0`
      const subjectDob = isSeed ? dateOfBirth(1_000_003 + seedIndex) : dateOfBirth(n)
      // Seeded NHS numbers come from stems no background person uses.
      const subjectNhs = isSeed ? seededNhsNumber(seedIndex) : n % 2 === 0 ? nhsNumberFrom(100_000_000 + n) : null
      insertPerson.run(
        subjectId,
        caseId,
        'subject',
        subject.firstName,
        subject.lastName,
        subjectDob,
        subjectNhs,
        n % 5 === 0 ? `GMP-P-${n}` : '',
        at,
        at,
      )
      const relative = {
        firstName: firstNames[(n * 3 + 1) % firstNames.length] ?? 'Jane',
        lastName: lastNames[(n * 7) % lastNames.length] ?? 'Smyth',
      }
      insertPerson.run(
        `person-${n}-1`,
        caseId,
        'relative',
        relative.firstName,
        relative.lastName,
        dateOfBirth(n + 50_000),
        null,
        '',
        at,
        at,
      )
      people += 2
      // A contact for one case in five: enough summaries and source references to search through.
      if (n % 5 === 0 || isSeed)
        insertTriage.run(
          `triage-${n}`,
          caseId,
          subjectId,
          at,
          `GMP-${n}`,
          summaries[n % summaries.length],
          app.admin.id,
          app.admin.id,
          at,
          at,
        )
      if (isSeed) {
        if (!subjectNhs) throw new Error(`Seeded person ${seedIndex} has no NHS number`)
        seeded.push({ personId: subjectId, caseId, reference, ...subject, dateOfBirth: subjectDob, nhsNumber: subjectNhs })
      }
    }
  })()
  return { cases: options.cases, people, seeded }
}
