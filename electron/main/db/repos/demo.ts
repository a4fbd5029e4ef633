import { stmt, type Db } from '../connection'

/** Whether this database holds demo data (the demo loader's marker row). */
export function isDemo(db: Db): boolean {
  return stmt<{ n: number }>(db, 'SELECT count(*) AS n FROM demo_marker').get()?.n === 1
}

/** Written by the demo loader only (electron/main/demo), in the transaction that starts loading. */
export function markDemo(db: Db, at: string, seed: string): void {
  stmt(db, 'INSERT INTO demo_marker (id, loaded_at, seed) VALUES (1, ?, ?)').run(at, seed)
}
