import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/ipc'

export type Handler<K extends Channel> = (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>

/** One handler per channel: a missing entry is a compile error where this type is required. */
export type Handlers = { [K in Channel]: Handler<K> }

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never

/** Joins the per-area handler maps; a channel handled twice is a start-up error. */
export function mergeHandlers<const T extends ReadonlyArray<Partial<Handlers>>>(maps: T): UnionToIntersection<T[number]> {
  const merged: Record<string, unknown> = {}
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (name in merged) throw new Error(`Channel ${name} has two handlers`)
      merged[name] = handler
    }
  }
  return merged as UnionToIntersection<T[number]>
}
