import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain .mjs build script with no type declarations
import { checkAbi, electronTarget, isSourceFile, nodeGypScript } from '../../scripts/electron-native.mjs'

const nodeBuild = join(process.cwd(), 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')

describe('the Electron driver ABI check', () => {
  it('reads the Electron version and ABI from the installed electron package', () => {
    const target = electronTarget() as { version: string; abi: string }
    expect(target.version).toMatch(/^45\./)
    expect(target.abi).toMatch(/^\d+$/)
    expect(target.abi).not.toBe(process.versions.modules)
  })

  it('rejects a Node build however it was produced (the exit code of a rebuild is not trusted)', () => {
    const { abi } = electronTarget() as { abi: string }
    const result = checkAbi(nodeBuild, abi) as { ok: boolean; reason?: string }
    expect(result.ok).toBe(false)
    expect(result.reason).toContain('so it is a Node build, not an Electron one')
  })

  it('reports an unknown ABI for a file that cannot be loaded at all', () => {
    const result = checkAbi(join(process.cwd(), 'no-such-driver.node'), '150') as { ok: boolean; reason?: string }
    expect(result).toEqual({ ok: false, reason: 'built for ABI unknown, Electron needs 150' })
  })
})

describe('building the Electron driver', () => {
  it('copies the driver without its Node build, even from a checkout inside a folder named build', () => {
    const pkg = join('/home/ann/build/roundtable/node_modules/better-sqlite3-multiple-ciphers')
    const keep = isSourceFile as (dir: string, source: string) => boolean
    expect(keep(pkg, join(pkg, 'src', 'better_sqlite3.cpp'))).toBe(true)
    expect(keep(pkg, join(pkg, 'deps', 'build.gyp'))).toBe(true)
    expect(keep(pkg, join(pkg, 'build'))).toBe(false)
    expect(keep(pkg, join(pkg, 'build', 'Release', 'better_sqlite3.node'))).toBe(false)
  })

  it("finds npm's own node-gyp to compile against Electron's headers", () => {
    const found = (nodeGypScript as (env: Record<string, string | undefined>) => string | null)({})
    expect(found).toMatch(/node-gyp[\\/]bin[\\/]node-gyp\.js$/)
    const named = (nodeGypScript as (env: Record<string, string | undefined>) => string | null)({ npm_config_node_gyp: found ?? undefined })
    expect(named).toBe(found)
  })
})
