import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../electron/main/db/migrations'
import { shippedMigrations } from './shippedMigrations'

const folder = join(__dirname, '../../electron/main/db/migrations')
/** Every migration file: index.ts only collects them. */
const files = readdirSync(folder)
  .filter((name) => name !== 'index.ts')
  .sort()
const sha256 = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(folder, name)))
    .digest('hex')

const advice =
  'Do not edit a shipped migration: add a new numbered one. A new migration file must be added to tests/db/shippedMigrations.ts.'

describe('shipped migrations are immutable', () => {
  it('every migration file is pinned, with the sha256 it shipped with', () => {
    const changed = files.filter((name) => shippedMigrations[name] !== sha256(name))
    expect(changed, `${advice} Changed or unpinned: ${changed.join(', ')}`).toEqual([])
  })

  it('no shipped migration has been removed or renamed', () => {
    const missing = Object.keys(shippedMigrations).filter((name) => !files.includes(name))
    expect(missing, `${advice} Missing: ${missing.join(', ')}`).toEqual([])
  })

  it('every pinned file is one the app runs', () => {
    const run = migrations.map((migration) => `${String(migration.version).padStart(4, '0')}-${migration.name}`)
    expect(files.map((name) => name.replace(/\.(sql|ts)$/, ''))).toEqual(run)
  })
})
