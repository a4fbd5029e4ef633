import { afterEach, describe, expect, it } from 'vitest'
import * as people from '../../electron/main/services/people'
import * as search from '../../electron/main/services/search'
import * as triage from '../../electron/main/services/triage'
import { caseSearchInput } from '../../shared/domain/record/caseEdits'
import { personInput } from '../../shared/domain/record/people'
import { triageInput } from '../../shared/domain/record/triage'
import { createTestApp, makeCase, type TestApp } from '../helpers/db'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

const find = (test: TestApp, text: string, dateOfBirth: string | null = null) =>
  search.search(test.ctx, caseSearchInput.parse({ text, dateOfBirth }))

describe('search', () => {
  it('ranks the exact name and date of birth first, then slips, and never returns the NHS number or police reference', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const first = makeCase(app, { title: 'Case one' })
    const second = makeCase(app, { title: 'Case two' })
    const grace = people.add(
      app.ctx,
      first.id,
      personInput.parse({
        role: 'subject',
        firstName: 'Grace',
        lastName: "O'Brien",
        dateOfBirth: '1990-06-01',
        nhsNumber: '9434765919',
        policeReference: 'GMP-55-9911',
      }),
    )
    people.add(
      app.ctx,
      second.id,
      personInput.parse({ role: 'subject', firstName: 'Grace', lastName: 'OBrian', dateOfBirth: '1990-01-06' }),
    )

    const found = find(app, 'Grace OBrien', '1990-06-01')
    expect(found.map((r) => [r.personName, r.reasons, r.score])).toEqual([
      ["Grace O'Brien", ['Same surname', 'Same first name', 'Same date of birth'], 120],
      ['Grace OBrian', ['Similar surname', 'Same first name', 'Date of birth with day and month swapped'], 85],
    ])
    expect(find(app, 'GMP-55-99').map((r) => [r.personId, r.reasons])).toEqual([[grace.id, ['Police reference']]])
    const shown = JSON.stringify([...found, ...find(app, '9434765919'), ...find(app, 'GMP-55-99')])
    expect(shown).not.toContain('9434765919')
    expect(shown).not.toContain('GMP-55')
  })

  it('finds a contact by its summary, and a reference-shaped text only by reference', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const entry = triage.create(
      app.ctx,
      triageInput.parse({
        receivedAt: app.ctx.now().toISOString(),
        source: 'police',
        sourceReference: 'RT-2026-0001-GMP',
        subject: {
          mode: 'new',
          kind: 'individual',
          person: { role: 'subject', firstName: 'Dan', lastName: 'Whitaker', dateOfBirth: '1979-08-14' },
        },
        summary: 'Found distressed on the Barton bridge',
        riskLevel: 'high',
        riskFactors: [],
        decisionCategory: 'complex',
        meetingReasons: [],
        decidedByUserId: app.admin.id,
        bringToNextMeeting: false,
      }),
    )
    expect(find(app, 'barton bridge').map((r) => [r.caseId, r.reasons])).toEqual([[entry.caseId, ['Contact summary']]])
    // The source reference contains the text too, but a reference is looked up by reference alone.
    expect(find(app, 'RT-2026-0001').map((r) => [r.reference, r.reasons, r.score])).toEqual([['RT-2026-0001', ['Reference'], 100]])
    expect(find(app, 'RT-2026-0001-GMP').map((r) => [r.caseId, r.reasons])).toEqual([[entry.caseId, ['Source reference']]])
  })

  it('reads full-text query syntax in the text as plain text', () => {
    app = createTestApp('2026-11-22T09:00:00.000Z')
    const c = makeCase(app, { title: 'The "Bridge" NEAR(house) family' })
    for (const text of ['"Bridge" NEAR(', 'NEAR(house)', '{title} : *', 'a"b', 'OR AND NOT'])
      expect(() => find(app!, text), text).not.toThrow()
    expect(find(app, '"Bridge" NEAR(').map((r) => [r.caseId, r.reasons])).toEqual([[c.id, ['Case title']]])
  })
})
