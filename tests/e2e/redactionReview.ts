import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * In the review of a redacted copy: accepts every flag as safe, by keyboard
 * (focus moves to the next flag after each decision), then saves. For tests
 * about what happens around a redacted export; the review itself is driven
 * in tests/e2e/redactionReview.spec.ts.
 */
export async function acceptEveryFlagAndSave(page: Page): Promise<void> {
  const review = page.getByRole('dialog', { name: /Review the redacted copy/ })
  await expect(review.getByRole('heading', { name: /Review the redacted copy/ })).toBeFocused()
  const accept = review.getByRole('button', { name: /^Accept .+ as safe$/ })
  for (let left = await accept.count(); left > 0; left = await accept.count()) {
    await accept.first().focus()
    await page.keyboard.press('Enter')
    await expect(accept).toHaveCount(left - 1)
  }
  await expect(review.getByRole('status').filter({ hasText: 'Every possible identifier is decided' })).toBeVisible()
  await review.getByRole('button', { name: 'Save redacted copy' }).click()
}
