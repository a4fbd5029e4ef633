import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * One write path: every service that changes data goes through
 * electron/main/services/write.ts, which checks the role, opens the one
 * transaction and writes the audit rows. A service that opens its own
 * transaction or appends to the audit log by hand fails here, naming the
 * file and line and what to use instead.
 */
const servicesDir = join(__dirname, '../../electron/main/services')
const WRAPPER = 'write.ts'

/** The source without comments, so prose about transactions does not count. */
const code = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

function offences(file: string, text: string): string[] {
  const found: string[] = []
  const source = code(text)
  const lineOf = (index: number) => source.slice(0, index).split('\n').length
  for (const match of source.matchAll(/\bappendAudit\b/g))
    found.push(`${file}:${lineOf(match.index)} appends to the audit log by hand: use write() (or auditRead() for an audited read)`)
  for (const match of source.matchAll(/\.transaction\(/g)) {
    // A read snapshot (deferred, never immediate) is not a write; everything else is.
    const rest = source.slice(match.index)
    const deferred = rest.indexOf('.deferred()')
    const immediate = rest.search(/\.(immediate|exclusive)\(\)|\)\(\)/)
    if (deferred === -1 || (immediate !== -1 && immediate < deferred))
      found.push(`${file}:${lineOf(match.index)} opens its own write transaction: use write()`)
  }
  for (const match of source.matchAll(/\.(immediate|exclusive)\(\)/g))
    found.push(`${file}:${lineOf(match.index)} starts a write transaction: use write()`)
  return found
}

describe('one write path', () => {
  it('no service but write.ts opens a write transaction or appends to the audit log', () => {
    const files = readdirSync(servicesDir).filter((name) => name.endsWith('.ts') && name !== WRAPPER)
    expect(files.length).toBeGreaterThan(20)
    const found = files.flatMap((name) => offences(name, readFileSync(join(servicesDir, name), 'utf8')))
    expect(found).toEqual([])
  })

  it('catches the old skeleton, so the check above can fail', () => {
    const skeleton = `export function update(ctx) {
  const actor = requireRole(ctx, 'writeCases')
  return ctx.db.transaction(() => {
    appendAudit(ctx.db, { at, actorId: actor, action: 'update', entity: 'case', entityId: id })
  }).immediate()
}`
    expect(offences('skeleton.ts', skeleton)).toEqual([
      'skeleton.ts:4 appends to the audit log by hand: use write() (or auditRead() for an audited read)',
      'skeleton.ts:3 opens its own write transaction: use write()',
      'skeleton.ts:5 starts a write transaction: use write()',
    ])
    expect(offences('plain.ts', 'const tx = db.transaction(fn)\ntx()')).toEqual(['plain.ts:1 opens its own write transaction: use write()'])
    expect(offences('snapshot.ts', 'return ctx.db\n  .transaction(() => read())\n  .deferred()')).toEqual([])
    expect(offences('prose.ts', '/** Opens a .transaction( and calls appendAudit */\n// appendAudit(')).toEqual([])
  })

  it('the wrapper itself is where the transaction and the audit rows are', () => {
    const wrapper = code(readFileSync(join(servicesDir, WRAPPER), 'utf8'))
    expect(wrapper).toContain('.immediate()')
    expect(wrapper).toContain('appendAudit(')
    expect(wrapper).toMatch(/requireRole\(ctx, spec\.access/)
  })
})
