import Database from 'better-sqlite3-multiple-ciphers'

export type Db = Database.Database

export interface OpenOptions {
  /** 32-byte key as hex. The database is encrypted with SQLCipher's format. */
  keyHex: string
  /**
   * Path to a better_sqlite3.node built for the running runtime's ABI. Inside
   * Electron this is the Electron-ABI build; in Node it is left undefined so
   * the installed Node build is used.
   */
  nativeBinding?: string
  readonly?: boolean
}

export class WrongKeyError extends Error {
  constructor() {
    super('The database could not be opened with this key. It may belong to another installation.')
    this.name = 'WrongKeyError'
  }
}

/**
 * SQLite's page cache per connection, in KiB. Every page read from the
 * encrypted file is decrypted again, so pages a session returns to are far
 * cheaper from memory; SQLite's default (2 MiB) holds almost none of a
 * large database. Chosen by tests/bench/pageCache.bench.ts at 50,000
 * cases (2 cores, 2026-12-03; mean per session of 12 table windows):
 * default 226 ms, 16 MiB 51 ms, 64 MiB 57 ms, 256 MiB 69 ms, with resident
 * memory 152-155 MB at every size. The gain is there from 16 MiB; 64 MiB
 * leaves room for a longer session's pages, well inside the main
 * process's memory target (300 MB).
 */
export const PAGE_CACHE_KIB = 64 * 1024

/** Opens (creating if needed) an encrypted database with the pragmas every connection needs. */
export function openDatabase(file: string, options: OpenOptions): Db {
  if (!/^[0-9a-f]{64}$/.test(options.keyHex)) throw new Error('Database key must be 64 hex characters')
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  })
  try {
    // SQLCipher 4 format, raw key (no KDF round needed: the key is random).
    db.pragma(`cipher='sqlcipher'`)
    db.pragma(`legacy=4`)
    db.pragma(`key="x'${options.keyHex}'"`)
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch {
      throw new WrongKeyError()
    }
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    // REPLACE deletes the row it displaces; only with recursive triggers on
    // does that delete meet the append-only tables' delete triggers.
    db.pragma('recursive_triggers = ON')
    db.pragma('busy_timeout = 5000')
    db.pragma('synchronous = NORMAL')
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement<unknown[], unknown>>>()

/** Prepared statements are created once per connection and reused. */
export function stmt<R = unknown>(db: Db, sql: string): Database.Statement<unknown[], R> {
  let cache = statementCache.get(db)
  if (!cache) {
    cache = new Map()
    statementCache.set(db, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    cache.set(sql, statement)
  }
  return statement as Database.Statement<unknown[], R>
}
