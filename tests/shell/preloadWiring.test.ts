/**
 * Runs the BUILT preload (out/preload/index.cjs) with a recording stand-in
 * for `electron`'s contextBridge and ipcRenderer: it checks what the preload
 * hands the page, not Electron itself. A sandboxed preload may require only
 * 'electron', so the test's require() refuses anything else.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { channels } from '../../shared/ipc'

const bundle = join(process.cwd(), 'out/preload/index.cjs')

function runPreload() {
  if (!existsSync(bundle)) throw new Error('out/preload/index.cjs is missing: run `npm run build` first (npm test does).')
  const exposed: Array<[string, Record<string, unknown>]> = []
  const invoked: Array<[string, unknown]> = []
  const required: string[] = []
  const standIn = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
    ipcRenderer: { invoke: (channel: string, input: unknown) => (invoked.push([channel, input]), Promise.resolve({ ok: true, value: null })) },
  }
  const sandboxRequire = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
    return standIn
  }
  const module = { exports: {} }
  new Function('require', 'module', 'exports', readFileSync(bundle, 'utf8'))(sandboxRequire, module, module.exports)
  return { exposed, invoked, required }
}

describe('the preload (run with a recording stand-in for electron)', () => {
  it('exposes exactly the contract under window.roundtable and requires nothing but electron', () => {
    const { exposed, required } = runPreload()
    expect(exposed.map(([key]) => key)).toEqual(['roundtable'])
    const api = exposed[0]?.[1] ?? {}
    expect(Object.keys(api).sort()).toEqual([...channels].sort())
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
    expect([...new Set(required)]).toEqual(['electron'])
  })

  it('sends each call to its own channel with the input unchanged', async () => {
    const { exposed, invoked } = runPreload()
    const api = exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>
    await api['cases:list']?.({ status: 'open' })
    await api['session:get']?.({})
    expect(invoked).toEqual([
      ['cases:list', { status: 'open' }],
      ['session:get', {}],
    ])
  })
})
