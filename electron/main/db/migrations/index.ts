/**
 * The numbered migrations, in order. Each is an immutable SQL file
 * (NNNN-slug.sql): never edit one that has shipped, add the next.
 * Bundled as text by Vite, so the packaged app needs no loose files.
 */
export interface Migration {
  /** The number in the file name; PRAGMA user_version holds the last applied. */
  version: number
  name: string
  sql: string
}

const files = import.meta.glob<string>('./*.sql', { query: '?raw', import: 'default', eager: true })

export const migrations: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const match = /\/(\d{4})-([a-z0-9-]+)\.sql$/.exec(path)
    if (!match?.[1] || !match[2]) throw new Error(`Migration file name must be NNNN-slug.sql: ${path}`)
    return { version: Number(match[1]), name: match[2], sql }
  })
  .sort((a, b) => a.version - b.version)
