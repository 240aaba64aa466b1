import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * The counter component inside the example apps' Markdown works once the page has hydrated:
 * click until it answers, then each click adds exactly one.
 */
export async function expectCounterWorks(page: Page) {
  const counter = page.locator('button.counter')
  await expect.poll(() => counter.textContent()).toContain('clicked 0 times')
  await expect
    .poll(async () => {
      await counter.click()
      return counter.textContent()
    })
    .toMatch(/clicked [1-9]\d* times?/)
  const count = async () => Number(/clicked (\d+)/.exec((await counter.textContent()) ?? '')?.[1])
  // A click adds exactly one. On a machine busy with other test files, an update from the dev
  // server can still arrive and mount the page afresh between two clicks, so the pair is tried
  // again until the page has settled.
  await expect
    .poll(
      async () => {
        const before = await count()
        await counter.click()
        await page.waitForTimeout(100)
        return (await count()) - before
      },
      { timeout: 20_000 },
    )
    .toBe(1)
}
