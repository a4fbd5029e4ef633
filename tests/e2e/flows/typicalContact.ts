import type { Page } from '@playwright/test'
import { focusedName } from '../keyboard'

/**
 * The keyboard, with every key press counted (each character typed is one),
 * and the moments a practitioner stops to decide or recall something marked
 * (`think`): the K and M operators of the keystroke-level model, so a test
 * can bound the key presses and the benchmark can estimate the time.
 */
export function countedKeyboard(page: Page) {
  const counts = { keys: 0, tabs: 0, thinks: 0 }
  return {
    counts,
    think: () => {
      counts.thinks += 1
    },
    press: async (key: string) => {
      counts.keys += 1
      if (key === 'Tab') counts.tabs += 1
      await page.keyboard.press(key)
    },
    type: async (text: string) => {
      counts.keys += text.length
      await page.keyboard.type(text)
    },
    /** Tab until the focused control's name starts with this, counting each Tab. */
    tabTo: async (name: string | RegExp) => {
      for (let i = 0; i < 40; i++) {
        counts.keys += 1
        counts.tabs += 1
        await page.keyboard.press('Tab')
        const focused = await focusedName(page)
        if (typeof name === 'string' ? focused.startsWith(name) : name.test(focused)) return
      }
      throw new Error(`Could not tab to ${String(name)}`)
    },
  }
}

export type CountedKeyboard = ReturnType<typeof countedKeyboard>

export interface TypicalContact {
  reference: string
  name: string
  /** As typed, DD/MM/YYYY. */
  dateOfBirth: string
}

/**
 * A typical contact for a person not yet known, as a practitioner keys it
 * from the triage heading: a police call just taken (received is now),
 * reference, name and date of birth, "New person", a one-line summary, High
 * risk, one factor found by filtering, complex needs, bring to the meeting,
 * Ctrl+Enter. Each `think` is a choice or a recall the model charges for.
 */
export async function keyTypicalContact(kb: CountedKeyboard, contact: TypicalContact, beforeSave: () => Promise<void> = async () => {}) {
  kb.think() // which source
  await kb.tabTo('Source')
  await kb.press('ArrowDown') // Police incident
  kb.think() // the police reference, read off the screen or the call
  await kb.press('Tab')
  await kb.type(contact.reference)
  kb.think() // who it is about
  await kb.press('Tab')
  await kb.type(contact.name)
  await kb.press('Tab')
  await kb.type(contact.dateOfBirth)
  kb.think() // nobody known: a new person
  await kb.tabTo(/^New person/)
  await kb.press('Space')
  kb.think() // what happened, in a line
  await kb.tabTo('Summary')
  await kb.type('Found distressed on the bridge; third call this month.')
  kb.think() // how risky
  await kb.press('Tab')
  await kb.press('1') // High
  kb.think() // which factor
  await kb.press('Tab')
  await kb.type('suic')
  await kb.press('Enter')
  kb.think() // the decision
  await kb.tabTo('Self help')
  await kb.press('3') // Complex needs / specialist services
  kb.think() // bring it to the meeting, then save
  await kb.tabTo('Bring to the next meeting')
  await kb.press('Space')
  await beforeSave()
  await kb.press('Control+Enter')
}
