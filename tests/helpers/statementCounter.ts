/**
 * Counts the SQL statements run (each get, all, run or iterate of a prepared
 * statement, and each exec) while `work` runs: the set-based reads are
 * checked by this count staying the same as the data grows.
 */
import type { Db } from '../../electron/main/db/connection'

type Method = 'get' | 'all' | 'run' | 'iterate'
const methods: readonly Method[] = ['get', 'all', 'run', 'iterate']

export async function countStatements<T>(db: Db, work: () => T | Promise<T>): Promise<{ value: T; count: number; sql: string[] }> {
  const statement = db.prepare('SELECT 1')
  const proto = Object.getPrototypeOf(statement) as Record<Method, (...args: unknown[]) => unknown>
  const originals = methods.map((name) => [name, proto[name]] as const)
  const sql: string[] = []
  for (const [name, original] of originals) {
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      sql.push(this.source)
      return original.apply(this, args)
    }
  }
  try {
    const value = await work()
    return { value, count: sql.length, sql }
  } finally {
    for (const [name, original] of originals) proto[name] = original
  }
}
