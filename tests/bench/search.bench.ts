/**
 * Issue 11: search at 50,000 cases (100,000 people, 10,000 contacts), through
 * the service (input parsing, every look-up, ranking, the shown case columns)
 * beside the raw trigram-index query for the same name. Each run takes the
 * next seeded person, so no single answer sits warm in the page cache.
 */
import { bench, describe } from 'vitest'
import * as search from '../../electron/main/services/search'
import { caseSearchInput } from '../../shared/domain/record/caseEdits'
import { normaliseName } from '../../shared/domain/record/matching'
import { createTestApp } from '../helpers/db'
import { seedSearchScale } from '../helpers/searchScale'

const app = createTestApp('2026-11-22T10:00:00.000Z')
const { seeded } = seedSearchScale(app, { cases: 50_000, seeded: 300 })
let turn = 0
const next = () => {
  const person = seeded[turn++ % seeded.length]
  if (!person) throw new Error('No seeded people')
  return person
}
const find = (text: string, dateOfBirth: string | null = null) => search.search(app.ctx, caseSearchInput.parse({ text, dateOfBirth }))
const rawName = app.db.prepare<[string], { rowid: number }>('SELECT rowid FROM search_fts WHERE search_fts MATCH ?')
const wholeWords = (name: string) =>
  `{name} : (${normaliseName(name)
    .split(' ')
    .map((word) => `" ${word} "`)
    .join(' AND ')})`

describe('search at 50,000 cases', () => {
  bench('service: full name + date of birth (the same-person notice)', () => {
    const person = next()
    find(`${person.firstName} ${person.lastName}`, person.dateOfBirth)
  })
  bench('service: full name', () => {
    const person = next()
    find(`${person.firstName} ${person.lastName}`)
  })
  bench('service: a common surname alone ("Smith", thousands)', () => {
    find('Smith')
  })
  bench('service: a name with a typing slip', () => {
    const person = next()
    find(`${person.firstName} ${person.lastName.slice(0, -2)}${person.lastName.slice(-1)}`)
  })
  bench('service: NHS number', () => {
    find(next().nhsNumber)
  })
  bench('service: case reference', () => {
    find(next().reference)
  })
  bench('raw FTS: whole-word name match (ids only)', () => {
    const person = next()
    rawName.all(wholeWords(`${person.firstName} ${person.lastName}`))
  })
  bench('raw FTS: title or summary phrase, newest 100', () => {
    app.db
      .prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 100')
      .all('{title summary} : ("welfare")')
  })
})
