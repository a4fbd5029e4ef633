/**
 * Runs the BUILT preload (out/preload/index.cjs) with a recording stand-in
 * for `electron`'s contextBridge and ipcRenderer: it checks what the preload
 * hands the page, not Electron itself. A sandboxed preload may require only
 * 'electron', so the test's require() refuses anything else.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_CHANGED_EVENT } from '../../shared/events'
import { channels } from '../../shared/ipc'

const bundle = join(process.cwd(), 'out/preload/index.cjs')

function runPreload() {
  if (!existsSync(bundle)) throw new Error('out/preload/index.cjs is missing: run `npm run build` first (npm test does).')
  const exposed: Array<[string, Record<string, unknown>]> = []
  const invoked: Array<[string, unknown]> = []
  const required: string[] = []
  const listeners = new Map<string, Array<(event: unknown, payload: unknown) => void>>()
  const standIn = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => (invoked.push([channel, input]), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((one) => one !== listener),
        ),
    },
  }
  /** What main's webContents.send would deliver, with Electron's event object first. */
  const send = (channel: string, payload: unknown) =>
    (listeners.get(channel) ?? []).forEach((listener) => listener({ sender: 'the ipcRenderer' }, payload))
  const sandboxRequire = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
    return standIn
  }
  const module = { exports: {} }
  new Function('require', 'module', 'exports', readFileSync(bundle, 'utf8'))(sandboxRequire, module, module.exports)
  return { exposed, invoked, required, send, listeners }
}

describe('the preload (run with a recording stand-in for electron)', () => {
  it('exposes exactly the contract under window.roundtable, the change event under window.roundtableEvents, and requires nothing but electron', () => {
    const { exposed, required } = runPreload()
    expect(exposed.map(([key]) => key)).toEqual(['roundtable', 'roundtableEvents'])
    expect(Object.keys(exposed[1]?.[1] ?? {})).toEqual(['onDataChanged', 'onRestoreProgress'])
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

  it('passes DataChanged pushes from main to the page, checked, without the Electron event object, until unsubscribed', () => {
    const { exposed, send, listeners } = runPreload()
    const events = exposed[1]?.[1] as { onDataChanged: (listener: (event: unknown) => void) => () => void }
    const heard: unknown[][] = []
    const unsubscribe = events.onDataChanged((...args) => heard.push(args))
    const event = { type: 'data-changed', channel: 'agenda:record', changed: [{ kind: 'case', id: 'c1' }, { kind: 'actions' }] }
    send(DATA_CHANGED_EVENT, event)
    send(DATA_CHANGED_EVENT, { type: 'data-changed', channel: 'x', changed: [{ kind: 'nonsense' }] })
    send(DATA_CHANGED_EVENT, 'not an event')
    expect(heard).toEqual([[event]])
    unsubscribe()
    send(DATA_CHANGED_EVENT, event)
    expect(heard).toHaveLength(1)
    expect(listeners.get(DATA_CHANGED_EVENT)).toEqual([])
  })
})
