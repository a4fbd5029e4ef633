import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { prepareOwnerOnlyFolder } from '../../electron/main/server/dataFolder'

let root: string | undefined
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

const mode = (path: string) => statSync(path).mode & 0o777

describe('the web-mode data folder is the owner’s only', () => {
  it('creates the folder 0700 and an empty database file 0600', () => {
    root = mkdtempSync(join(tmpdir(), 'roundtable-folder-'))
    const folder = join(root, 'data')
    prepareOwnerOnlyFolder(folder, 'roundtable.db')
    expect(mode(folder)).toBe(0o700)
    expect(mode(join(folder, 'roundtable.db'))).toBe(0o600)
    expect(statSync(join(folder, 'roundtable.db')).size).toBe(0)
  })

  it('tightens an existing folder, its subfolders and files made with looser permissions, keeping their contents', () => {
    root = mkdtempSync(join(tmpdir(), 'roundtable-folder-'))
    const folder = join(root, 'data')
    mkdirSync(join(folder, 'backups'), { recursive: true })
    chmodSync(folder, 0o755)
    chmodSync(join(folder, 'backups'), 0o775)
    writeFileSync(join(folder, 'web-mode.key'), 'k'.repeat(64), { mode: 0o644 })
    writeFileSync(join(folder, 'roundtable.db'), 'db', { mode: 0o664 })
    writeFileSync(join(folder, 'backups', 'b.db'), 'backup', { mode: 0o644 })

    prepareOwnerOnlyFolder(folder, 'roundtable.db')

    expect([mode(folder), mode(join(folder, 'backups'))]).toEqual([0o700, 0o700])
    expect([mode(join(folder, 'web-mode.key')), mode(join(folder, 'roundtable.db')), mode(join(folder, 'backups', 'b.db'))]).toEqual([
      0o600, 0o600, 0o600,
    ])
    expect(statSync(join(folder, 'roundtable.db')).size).toBe(2)
  })
})
