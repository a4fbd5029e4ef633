/**
 * Issue 11: every search statement is answered from an index (the trigram
 * index search_fts, a primary key or a named index), never by reading a
 * whole table of people, cases, contacts or indexed documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchSql } from '../../electron/main/db/repos/search'
import { createTestApp, type TestApp } from '../helpers/db'
import { seedSearchScale } from '../helpers/searchScale'

let app: TestApp
beforeAll(() => {
  app = createTestApp('2026-11-22T10:00:00.000Z')
  // No ANALYZE: the app never runs it, so these are the plans it gets.
  seedSearchScale(app, { cases: 500, seeded: 10 })
})
afterAll(() => app.cleanup())

const parameters: Record<keyof typeof searchSql, Record<string, unknown>> = {
  peopleByMatch: { match: '{name} : (" jane " AND " smith ")', limit: 1000 },
  peopleByNhsNumber: { digits: '9434765919' },
  peopleByDateOfBirth: { dates: '["1990-06-01","1990-01-06"]' },
  casesByReferencePrefix: { prefix: 'RT-2026-00' },
  textMatches: { match: '{title summary} : ("welfare")', limit: 100 },
  caseSummaries: { ids: '["case-1","case-2"]' },
}

function plan(name: keyof typeof searchSql): string[] {
  const rows = app.db.prepare<Record<string, unknown>, { detail: string }>(`EXPLAIN QUERY PLAN ${searchSql[name]}`).all(parameters[name])
  return rows.map((row) => row.detail)
}

// A full scan reads "SCAN <table or alias>"; the FTS index, the small list of hits and json_each are allowed.
const fullScan = /^SCAN (?!search_fts VIRTUAL TABLE|h\b|json_each VIRTUAL TABLE)/

describe('search query plans', () => {
  it.each(Object.keys(searchSql) as Array<keyof typeof searchSql>)('%s scans no table', (name) => {
    const details = plan(name)
    expect(details.filter((detail) => fullScan.test(detail))).toEqual([])
  })

  it('finds people by name through the trigram index, then each row by primary key', () => {
    const details = plan('peopleByMatch')
    expect(details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SCAN search_fts VIRTUAL TABLE INDEX/),
        expect.stringMatching(/^SEARCH d USING INTEGER PRIMARY KEY/),
        expect.stringMatching(/^SEARCH p USING INDEX sqlite_autoindex_people_1 \(id=\?\)/),
      ]),
    )
  })

  it('looks up an NHS number, a date of birth and a reference by their indexes', () => {
    expect(plan('peopleByNhsNumber')).toContainEqual(expect.stringMatching(/^SEARCH p USING INDEX people_nhs_number \(nhs_number=\?\)/))
    expect(plan('peopleByDateOfBirth')).toContainEqual(expect.stringMatching(/^SEARCH p USING INDEX people_dob \(date_of_birth=\?\)/))
    expect(plan('casesByReferencePrefix')).toContainEqual(
      expect.stringMatching(/^SEARCH c USING INDEX sqlite_autoindex_cases_\d \(reference>\? AND reference<\?\)/),
    )
  })
})
