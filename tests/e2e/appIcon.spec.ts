import { expect, test } from './fixtures'

test('the page declares the Roundtable icon and loads with no failed requests', async ({ page, server }) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`)
  })
  await page.goto(server.url)
  await expect(page.getByLabel('Organisation')).toBeVisible()
  const href = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(href).toMatch(/icon-[\w-]+\.png$/)
  const icon = await page.request.get(new URL(href ?? '', page.url()).toString())
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/png')
  // A favicon the page does not declare is still asked for by Chromium: that would show here as a 404.
  await page.waitForTimeout(300)
  expect(failed).toEqual([])
})
