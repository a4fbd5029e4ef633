import type { Db } from '../connection'

/**
 * Migration 0080 was edited after it shipped (commit efb1701 appended the
 * confidentiality_skipped column), so a database created from the first
 * 0080 sits at version 80 without the column, and one created later has it.
 * SQLite has no ADD COLUMN IF NOT EXISTS: the step looks, then adds it only
 * where it is missing, with the definition the edited 0080 gave it.
 */
export function up(db: Db): void {
  const present = db.prepare("SELECT 1 FROM pragma_table_info('meeting_attendees') WHERE name = 'confidentiality_skipped'").get()
  if (present !== undefined) return
  db.exec('ALTER TABLE meeting_attendees ADD COLUMN confidentiality_skipped INTEGER NOT NULL DEFAULT 0 CHECK (confidentiality_skipped IN (0, 1))')
}
