import { navItems } from './navigation'

/** One shortcut: the keys (each a <kbd>, joined by "+" within a chord, "then" between chords) and what it does. */
export interface Shortcut {
  keys: string[][]
  /** Between chords: "or" (either works), "then" (one after the other) or "to" (a range). */
  joiner?: 'or' | 'then' | 'to'
  does: string
}

export interface ShortcutGroup {
  where: string
  shortcuts: Shortcut[]
}

/**
 * Every keyboard shortcut in the app, in one list for the "?" dialog, so the
 * help cannot fall behind the screens that add a shortcut: add it here too.
 */
export function shortcutGroups(): ShortcutGroup[] {
  return [
    {
      where: 'Anywhere',
      shortcuts: [
        ...navItems
          .filter((item) => item.built)
          .map((item) => ({
            keys: [['g'], [item.key]],
            joiner: 'then' as const,
            does: `Go to ${item.label}${item.for ? ` (${item.for})` : ''}`,
          })),
        { keys: [['/'], ['Ctrl', 'K']], does: 'Find a case by name, reference, date of birth or NHS number' },
        { keys: [['Ctrl', 'L']], does: 'Lock Roundtable' },
        { keys: [['?']], does: 'Show this list' },
      ],
    },
    {
      where: 'Tables',
      shortcuts: [
        { keys: [['↑'], ['↓']], does: 'Move through the rows' },
        { keys: [['Home'], ['End']], does: 'First or last row' },
        { keys: [['Enter']], does: 'Open the row; on a column heading, sort by it' },
        { keys: [['n']], does: 'New case (on the Cases screen)' },
        { keys: [['R']], does: 'Re-triage the focused contact (triage log)' },
      ],
    },
    {
      where: 'Triage form',
      shortcuts: [
        { keys: [['1'], ['2'], ['3']], does: 'Risk level High, Medium, Low' },
        { keys: [['1'], ['5']], joiner: 'to', does: 'In the decision group: choose a decision, in the order listed (1 to 5)' },
        { keys: [['Space']], does: 'Tick or untick the focused box (e.g. Bring to the next meeting)' },
        { keys: [['Ctrl', 'Enter']], does: 'Save the contact and start the next one' },
        { keys: [['Ctrl', 'Z']], does: 'Undo the contact just saved, while Undo is offered' },
      ],
    },
    {
      where: 'Meetings',
      shortcuts: [
        {
          keys: [
            ['Alt', '↑'],
            ['Alt', '↓'],
          ],
          does: 'Move the focused agenda item up or down',
        },
        { keys: [['Delete']], does: 'Remove the focused agenda item (asks why)' },
        {
          keys: [
            ['Ctrl', '→'],
            ['Ctrl', '←'],
          ],
          does: 'Run mode: next or previous case (saves first)',
        },
        {
          keys: [
            ['Ctrl', '='],
            ['Ctrl', '-'],
            ['Ctrl', '0'],
          ],
          does: 'Run mode: presenter zoom in, out, back to normal',
        },
        { keys: [['Esc']], does: 'Run mode: save and go back to the agenda' },
        { keys: [['Enter']], does: 'In a new action row: add it and start another' },
      ],
    },
    {
      where: 'Forms',
      shortcuts: [{ keys: [['Esc']], does: 'Close the form without saving' }],
    },
  ]
}
