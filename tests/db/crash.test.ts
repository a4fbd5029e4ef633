import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { openDatabase } from '../../electron/main/db/connection'
import { createTestDb, type TestDb } from '../helpers/db'

/**
 * A child process writes a stream of transactions and prints each id after
 * its commit; it is SIGKILLed at random moments, several times. After each
 * kill the database must open, pass integrity_check, and hold every write
 * that was acknowledged, each one whole (both of its rows or neither).
 */

let testDb: TestDb | undefined
afterEach(() => testDb?.cleanup())

const writer = join(__dirname, 'crashWriter.mjs')

/** Runs the writer until it has acknowledged `minimum` writes, then waits a random moment and kills it. */
function runAndKill(file: string, keyHex: string, firstId: number, minimum: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, keyHex, String(firstId)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acknowledged: number[] = []
    let pending = ''
    let errors = ''
    let killTimer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) acknowledged.push(Number(line))
      if (killTimer === undefined && acknowledged.length >= minimum)
        killTimer = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 150))
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`The writer stopped by itself (${code}): ${errors}`))
      else resolve(acknowledged)
    })
  })
}

it('keeps every acknowledged write, whole, through repeated SIGKILLs mid-stream', async () => {
  testDb = createTestDb()
  testDb.db.close()
  const { file, keyHex } = testDb
  const acknowledged: number[] = []
  let nextId = 1

  for (let round = 0; round < 6; round++) {
    acknowledged.push(...(await runAndKill(file, keyHex, nextId, 20)))
    const db = openDatabase(file, { keyHex })
    try {
      expect(db.pragma('integrity_check', { simple: true }), `after kill ${round + 1}`).toBe('ok')
      const written = (db.prepare("SELECT entity_id FROM audit_log WHERE action = 'crash-test'").all() as { entity_id: string }[]).map(
        (row) => Number(row.entity_id),
      )
      const settings = (db.prepare("SELECT key FROM settings WHERE key LIKE 'crash:%'").all() as { key: string }[]).map((row) =>
        Number(row.key.slice('crash:'.length)),
      )
      // Every acknowledged write is there; a write is never half there.
      expect(new Set(written).size).toBe(written.length)
      expect([...written].sort((a, b) => a - b)).toEqual([...settings].sort((a, b) => a - b))
      const found = new Set(written)
      expect(
        acknowledged.filter((id) => !found.has(id)),
        `acknowledged writes missing after kill ${round + 1}`,
      ).toEqual([])
      // At most the one write committed but not yet printed when the kill landed.
      expect(written.length - acknowledged.length).toBeLessThanOrEqual(round + 1)
      nextId = Math.max(...written) + 1
    } finally {
      db.close()
    }
  }
  expect(acknowledged.length).toBeGreaterThanOrEqual(120)
}, 30_000)
