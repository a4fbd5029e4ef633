import { createHash } from 'node:crypto'
import type { Db } from '../../electron/main/db/connection'

/** A sha256 over every table's rows (and the schema), to assert that a call changed nothing. */
export function contentsHash(db: Db): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[]
  for (const table of tables) {
    hash.update(`${table.sql}\n`)
    // Table names come from sqlite_master itself, quoted as identifiers. Rows are sorted as text, not by rowid:
    // WITHOUT ROWID tables (the full-text index's own) have none. Blobs are hashed as their hex.
    const rows = (
      db
        .prepare(`SELECT * FROM "${table.name.replaceAll('"', '""')}"`)
        .raw()
        .all() as unknown[][]
    ).map((row) => JSON.stringify(row.map((value) => (Buffer.isBuffer(value) ? value.toString('hex') : value))))
    for (const row of rows.sort()) hash.update(`${row}\n`)
  }
  return hash.digest('hex')
}
