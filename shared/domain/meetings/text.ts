/**
 * How recorded text is laid out in the minutes, on screen and in the Word
 * copy alike: decisions one per line, discussion in paragraphs.
 */

/** Each non-blank line is one item: one decision per line (and one aspiration or strength on a case plan). */
export const nonBlankLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/** Paragraphs are separated by a blank line; a single line break stays a line break inside its paragraph. */
export const paragraphs = (text: string): string[][] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== ''),
    )
    .filter((block) => block.length > 0)
