import type { Page } from '@playwright/test'

/** The accessible-ish name of the focused element: its label, aria-label or text. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    const id = el.getAttribute('id')
    const label =
      (id && document.querySelector(`label[for="${id}"]`)?.textContent) ||
      el.closest('label')?.textContent ||
      el.getAttribute('aria-label') ||
      el.textContent ||
      ''
    return label.trim()
  })

/** Tab (or Shift+Tab) until the focused element's name starts with / matches this: keyboard only, like a user. */
export async function tabTo(page: Page, name: string | RegExp, options: { backwards?: boolean; max?: number } = {}) {
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab')
    const focused = await focusedName(page)
    if (typeof name === 'string' ? focused.startsWith(name) : name.test(focused)) return
  }
  throw new Error(`Could not tab to ${String(name)}`)
}
