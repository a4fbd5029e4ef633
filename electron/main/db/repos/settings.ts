import { stmt, type Db } from '../connection'

export function getSetting(db: Db, key: string): string | undefined {
  return stmt<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key)?.value
}

export function putSetting(db: Db, key: string, value: string, at: string): void {
  stmt(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, at)
}
