/**
 * Child process for crash.test.ts (plain Node: no Electron, no Vite). Opens
 * the encrypted database the way electron/main/db/connection.ts does, then
 * writes one transaction after another (an audit row and a settings row,
 * together) and prints each id only after its commit returned. The parent
 * SIGKILLs it at a random moment.
 *
 *   node tests/db/crashWriter.mjs <database file> <key hex> <first id>
 */
import Database from 'better-sqlite3-multiple-ciphers'

const [file, keyHex, first] = process.argv.slice(2)
if (!file || !/^[0-9a-f]{64}$/.test(keyHex ?? '') || !/^\d+$/.test(first ?? '')) {
  process.stderr.write('usage: crashWriter.mjs <file> <key hex> <first id>\n')
  process.exit(2)
}

const db = new Database(file)
db.pragma(`cipher='sqlcipher'`)
db.pragma('legacy=4')
db.pragma(`key="x'${keyHex}'"`)
db.pragma('journal_mode = WAL')
db.pragma('foreign_keys = ON')
db.pragma('busy_timeout = 5000')
db.pragma('synchronous = NORMAL')
db.pragma('recursive_triggers = ON')

const audit = db.prepare("INSERT INTO audit_log (at, actor_id, action, entity, entity_id) VALUES (?, NULL, 'crash-test', 'write', ?)")
const setting = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
const write = db.transaction((id) => {
  const at = new Date().toISOString()
  audit.run(at, id)
  // Padding makes each transaction span pages, so a kill can land mid-write.
  setting.run(`crash:${id}`, `${id}:${'x'.repeat(3000)}`, at)
})

for (let id = Number(first); ; id++) {
  write.immediate(String(id))
  // Pipes are synchronous on Linux: once this returns, the parent has the id.
  process.stdout.write(`${id}\n`)
}
