/**
 * Regular-expression building blocks shared by the scrubber's rules:
 * Unicode-aware word boundaries, escaping, and accent-tolerant letters
 * (a name recorded as 'Zoë' is found when typed 'Zoe', and the reverse).
 */

export const notWordBefore = String.raw`(?<![\p{L}\p{N}_])`
export const notWordAfter = String.raw`(?![\p{L}\p{N}_])`

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** 'Zoë' → 'zoe': what two spellings of a name have in common. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
}

/** Base letter → every precomposed Latin letter that folds to it ('e' → 'èéêë...'). Built once. */
const accentedVariants: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>()
  for (let code = 0xc0; code <= 0x24f; code += 1) {
    const char = String.fromCodePoint(code)
    const base = foldAccents(char).toLowerCase()
    if (base.length !== 1 || !/[a-z]/u.test(base) || base === char.toLowerCase()) continue
    table.set(base, (table.get(base) ?? '') + char.toLowerCase())
  }
  return table
})()

/**
 * A pattern for `text` that ignores accents: each letter matches itself,
 * its accented forms, and a decomposed form (letter + combining mark).
 * Spaces match any run of whitespace; apostrophes match curly ones too.
 */
export function accentTolerantPattern(text: string): string {
  let pattern = ''
  for (const char of foldAccents(text)) {
    const lower = char.toLowerCase()
    const variants = accentedVariants.get(lower)
    if (variants) pattern += `[${lower}${variants}]\\p{M}*`
    else if (/\s/u.test(char)) pattern += String.raw`\s+`
    else if (char === "'" || char === '’' || char === '‘') pattern += "['’‘]"
    else if (/\p{L}/u.test(char)) pattern += `${escapeRegExp(char)}\\p{M}*`
    else pattern += escapeRegExp(char)
  }
  return pattern
}

/** One alternation of many sources, longest first so the fullest spelling wins at a position. */
export function alternation(sources: Iterable<string>): string {
  return [...new Set(sources)].sort((a, b) => b.length - a.length).join('|')
}
