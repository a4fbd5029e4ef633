import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Web mode keeps its database key beside the database, so the folder is the
 * only lock: it and everything in it are the owner's alone (0700 folders,
 * 0600 files), including a folder made earlier with looser permissions.
 * The database file is made 0600 before SQLite opens it; SQLite gives its
 * -wal and -shm files the database file's permissions.
 */
export function prepareOwnerOnlyFolder(folder: string, databaseFile?: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  tighten(folder)
  if (databaseFile) {
    const path = join(folder, databaseFile)
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600))
    chmodSync(path, 0o600)
  }
}

function tighten(path: string): void {
  const stat = statSync(path)
  if (stat.isDirectory()) {
    chmodSync(path, 0o700)
    for (const name of readdirSync(path)) tighten(join(path, name))
  } else if (stat.isFile()) chmodSync(path, 0o600)
}
