import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServices } from '../../electron/main/appServices'
import { openDatabase } from '../../electron/main/db/connection'
import { schemaVersion } from '../../electron/main/db/migrate'
import { migrations } from '../../electron/main/db/migrations'
import * as backup from '../../electron/main/services/backup'
import * as cases from '../../electron/main/services/cases'
import { BACKUPS_KEPT, backupProgressStatement } from '../../shared/domain/backup'
import { caseCreateInput } from '../../shared/domain/cases'
import { createTestApp, createTestDb, makeUser, signInAs, type TestApp } from '../helpers/db'
import { appHandlers } from '../helpers/handlers'

let app: TestApp | undefined
afterEach(() => app?.cleanup())

describe('backups', () => {
  it('writes an encrypted, complete copy that opens with the same key', () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    cases.create(
      app.ctx,
      caseCreateInput.parse({
        kind: 'family',
        title: 'Okafor-backup-marker',
        keyworkerId: app.admin.id,
        leadAgencyId: app.agency('GP').id,
        riskLevel: 'high',
      }),
    )
    const dir = join(app.dir, 'backups')
    const made = backup.backupNow(app.ctx, dir)
    expect(made.fileName).toBe('roundtable-2026-11-22T10-00-00-000Z.db')
    expect(made.createdAt).toBe('2026-11-22T10:00:00.000Z')
    const file = join(dir, made.fileName)
    expect(readFileSync(file).includes('Okafor-backup-marker')).toBe(false)
    const copy = openDatabase(file, { keyHex: app.keyHex })
    expect(copy.prepare('SELECT title FROM cases').all()).toEqual([{ title: 'Okafor-backup-marker' }])
    copy.close()
  })

  it('makes one automatic backup a day and keeps the newest fourteen', () => {
    app = createTestApp('2026-11-01T08:00:00.000Z')
    const dir = join(app.dir, 'backups')
    expect(backup.dailyBackup(app.ctx, dir)?.fileName).toBe('roundtable-2026-11-01T08-00-00-000Z.db')
    app.setNow('2026-11-01T20:00:00.000Z')
    expect(backup.dailyBackup(app.ctx, dir)).toBeNull()
    for (let day = 2; day <= 20; day++) {
      app.setNow(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`)
      backup.dailyBackup(app.ctx, dir)
    }
    const kept = backup.list(dir)
    expect(kept).toHaveLength(BACKUPS_KEPT)
    expect(kept[0]?.createdAt).toBe('2026-11-20T09:00:00.000Z')
    expect(kept.at(-1)?.createdAt).toBe('2026-11-07T09:00:00.000Z')
  })
})

describe('start-up', () => {
  it('keeps a copy of an older database before upgrading it, at its old version', () => {
    const older = createTestDb({ upTo: 60 })
    older.db.close()
    try {
      const { services } = startServices({ dataDir: older.dir, keyHex: older.keyHex, now: () => new Date('2026-11-22T10:00:00.000Z') })
      expect(schemaVersion(services.db)).toBe(migrations.at(-1)?.version)
      const [copy] = backup.list(join(older.dir, 'backups'))
      expect(copy?.fileName).toBe('roundtable-2026-11-22T10-00-00-000Z.db')
      const kept = openDatabase(join(older.dir, 'backups', copy!.fileName), { keyHex: older.keyHex })
      expect(schemaVersion(kept)).toBe(60)
      kept.close()
      services.db.close()
    } finally {
      older.cleanup()
    }
  })

  it('still starts when the daily backup cannot be written, logs no personal data and says so in the status', async () => {
    const fresh = createTestDb({ migrateNow: false })
    fresh.db.close()
    // A file where the backups folder should be: every backup write fails.
    writeFileSync(join(fresh.dir, 'backups'), 'not a folder')
    const logged: string[] = []
    try {
      const { services, startDailyBackup } = startServices({
        dataDir: fresh.dir,
        keyHex: fresh.keyHex,
        logger: { error: (id, context) => logged.push(`${id}:${context}`), info: () => undefined },
      })
      expect(schemaVersion(services.db)).toBe(migrations.at(-1)?.version)
      await startDailyBackup()
      expect(logged).toEqual(['daily-backup:startup'])
      expect(services.backupStatus.read()).toEqual({
        state: 'failed',
        failure: "Today's backup could not be made: the backups folder cannot be written.",
      })
      services.db.close()
    } finally {
      fresh.cleanup()
    }
  })
})

describe('the daily backup in the background', () => {
  it('answers queries while it runs, shows its progress, and leaves a complete copy that opens with the key', async () => {
    const fresh = createTestDb({ migrateNow: false })
    fresh.db.close()
    try {
      const started = startServices({ dataDir: fresh.dir, keyHex: fresh.keyHex, now: () => new Date('2026-11-22T10:00:00.000Z') })
      const { services } = started
      // Enough rows that the copy takes a while: each query below must be answered before it ends.
      services.db.exec('CREATE TABLE unit_costs_probe (n INTEGER PRIMARY KEY, body TEXT NOT NULL)')
      const insert = services.db.prepare('INSERT INTO unit_costs_probe (n, body) VALUES (?, ?)')
      services.db.transaction(() => {
        for (let n = 0; n < 40_000; n++) insert.run(n, `row ${n} `.repeat(20))
      })()
      expect(backup.list(join(fresh.dir, 'backups'))).toEqual([])
      let finished = false
      const running = started.startDailyBackup().then(() => (finished = true))
      expect(services.backupStatus.read()).toEqual({ state: 'running', progress: 0 })
      let answeredWhileRunning = 0
      const seen = new Set<number>()
      while (!finished) {
        // The main connection answers (and writes) while the worker copies.
        expect(services.db.prepare('SELECT count(*) AS n FROM unit_costs_probe').get()).toEqual({ n: 40_000 })
        const state = services.backupStatus.read()
        if (state.state === 'running') seen.add(state.progress)
        answeredWhileRunning++
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      await running
      expect(answeredWhileRunning).toBeGreaterThan(1)
      const [made] = backup.list(join(fresh.dir, 'backups'))
      expect(services.backupStatus.read()).toEqual({ state: 'done', fileName: made?.fileName })
      const copy = openDatabase(join(fresh.dir, 'backups', made!.fileName), { keyHex: fresh.keyHex })
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(copy.prepare('SELECT count(*) AS n FROM unit_costs_probe').get()).toEqual({ n: 40_000 })
      expect(schemaVersion(copy)).toBe(migrations.at(-1)?.version)
      copy.close()
      expect(readFileSync(join(fresh.dir, 'backups', made!.fileName)).includes('row 39999')).toBe(false)
      // Today's exists: the next start makes none.
      await started.startDailyBackup()
      expect(services.backupStatus.read()).toEqual({ state: 'skipped' })
      services.db.close()
    } finally {
      fresh.cleanup()
    }
  })

  it('is read through backup:status by any signed-in user, in words from one place', async () => {
    app = createTestApp('2026-11-22T10:00:00.000Z')
    signInAs(app, makeUser(app, { name: 'Val Viewer', role: 'viewer' }))
    const { call, services } = appHandlers(app)
    expect(await call('backup:status', {})).toEqual({ state: 'idle' })
    expect(backupProgressStatement(await call('backup:status', {}))).toBe("Today's backup has not started yet.")
    const running = backup.dailyBackupInBackground(
      app.ctx,
      services.backupDir,
      { file: app.file, keyHex: app.keyHex },
      services.backupStatus,
    )
    expect(await call('backup:status', {})).toEqual({ state: 'running', progress: 0 })
    expect(backupProgressStatement({ state: 'running', progress: 0.456 })).toBe("Making today's backup: 45% copied.")
    await running
    const [made] = backup.list(services.backupDir)
    const done = await call('backup:status', {})
    expect(done).toEqual({ state: 'done', fileName: made!.fileName })
    expect(backupProgressStatement(done)).toBe(`Today's backup is made: ${made!.fileName}.`)
  })

  it('tells every window when it starts and when it ends', async () => {
    const fresh = createTestDb({ migrateNow: false })
    fresh.db.close()
    try {
      const started = startServices({ dataDir: fresh.dir, keyHex: fresh.keyHex, now: () => new Date('2026-11-22T10:00:00.000Z') })
      const published: unknown[] = []
      const running = started.startDailyBackup((event) => published.push(event))
      const told = { type: 'data-changed', channel: 'backup:daily', changed: [{ kind: 'backups' }] }
      expect(published).toEqual([told])
      await running
      expect(published).toEqual([told, told])
      expect(backup.list(join(fresh.dir, 'backups'))).toHaveLength(1)
      started.services.db.close()
    } finally {
      fresh.cleanup()
    }
  })
})
