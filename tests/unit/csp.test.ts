import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security'

describe('the Content-Security-Policy', () => {
  it('is the same in index.html as in the response header (a meta tag cannot carry frame-ancestors)', () => {
    const html = readFileSync(join(process.cwd(), 'renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const headerWithoutFraming = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(headerWithoutFraming)
  })
})
