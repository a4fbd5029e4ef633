import { openDatabase, stmt, type Db } from '../connection'

/** Whether this database holds demo data (the demo loader's marker row). */
export function isDemo(db: Db): boolean {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM demo_marker').get()?.n === 1
}

/** Written by the demo loader only (electron/main/demo), in the transaction that starts loading. */
export function markDemo(db: Db, at: string, seed: string): void {
  stmt(db, 'INSERT INTO demo_marker (id, loaded_at, seed) VALUES (1, ?, ?)').run(at, seed)
}

/**
 * Opens a database file read-only and says whether it is demo data (it has
 * the marker table and its row). Throws when the file cannot be opened with
 * this key: the caller must then leave it alone.
 */
export function fileHoldsDemoData(file: string, keyHex: string): boolean {
  const db = openDatabase(file, { keyHex, readonly: true })
  try {
    return stmt(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'demo_marker'").get() !== undefined && isDemo(db)
  } finally {
    db.close()
  }
}
