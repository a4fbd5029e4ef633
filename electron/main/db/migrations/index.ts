import type { Db } from '../connection'

/**
 * The numbered migrations, in order. Each is an immutable file: never edit
 * one that has shipped, add the next (tests/db/migrationPins.test.ts pins
 * every file's sha256). Most are SQL (NNNN-slug.sql); a step that plain SQL
 * cannot express safely, such as adding a column only where it is missing,
 * is a typed step (NNNN-slug.ts exporting `up`). Both are bundled by Vite,
 * so the packaged app needs no loose files.
 */
interface MigrationBase {
  /** The number in the file name; PRAGMA user_version holds the last applied. */
  version: number
  name: string
}
export interface SqlMigration extends MigrationBase {
  sql: string
}
export interface StepMigration extends MigrationBase {
  /** Runs inside the upgrade's transaction; SQL only through `db`. */
  up: (db: Db) => void
}
export type Migration = SqlMigration | StepMigration

const sqlFiles = import.meta.glob<string>('./*.sql', { query: '?raw', import: 'default', eager: true })
const stepFiles = import.meta.glob<(db: Db) => void>(['./*.ts', '!./index.ts'], { import: 'up', eager: true })

function numbered(path: string, extension: string): { version: number; name: string } {
  const match = new RegExp(`/(\\d{4})-([a-z0-9-]+)\\.${extension}$`).exec(path)
  if (!match?.[1] || !match[2]) throw new Error(`Migration file name must be NNNN-slug.${extension}: ${path}`)
  return { version: Number(match[1]), name: match[2] }
}

export const migrations: readonly Migration[] = [
  ...Object.entries(sqlFiles).map(([path, sql]): Migration => ({ ...numbered(path, 'sql'), sql })),
  ...Object.entries(stepFiles).map(([path, up]): Migration => {
    if (typeof up !== 'function') throw new Error(`Migration step must export up(db): ${path}`)
    return { ...numbered(path, 'ts'), up }
  }),
].sort((a, b) => a.version - b.version)
