import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/**
 * VACUUM INTO on a connection of its own, in a worker thread, so a copy of
 * a large database (33 s at ten years' scale) never holds the main thread:
 * the app's connection goes on answering queries (WAL: a reader blocks no
 * one). The worker opens the file read-only with the same key and cipher
 * settings as connection.ts, so the copy is encrypted with the same key.
 */
const workerSource = `
const { workerData, parentPort } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { nativeBinding: workerData.nativeBinding, readonly: true })
try {
  db.pragma("cipher='sqlcipher'")
  db.pragma('legacy=4')
  db.pragma('key="x\\'' + workerData.keyHex + '\\'"')
  db.pragma('busy_timeout = 5000')
  db.prepare('VACUUM INTO ?').run(workerData.target)
} finally {
  db.close()
}
parentPort.postMessage('done')
`

export interface BackgroundCopyOptions {
  file: string
  keyHex: string
  nativeBinding?: string
  target: string
}

/** Resolves when `target` is a complete copy; rejects with the worker's error. */
export function copyDatabaseInBackground(options: BackgroundCopyOptions): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(options.keyHex)) return Promise.reject(new Error('Database key must be 64 hex characters'))
  const driver = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers')
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { ...options, driver } })
    let done = false
    worker.once('message', () => (done = true))
    worker.once('error', reject)
    worker.once('exit', (code) => (done ? resolve() : reject(new Error(`The backup worker stopped (exit code ${code})`))))
  })
}
