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
  const before = await count()
  await counter.click()
  // On a machine busy with other test files the update can take longer than a second.
  await expect.poll(count, { timeout: 10_000 }).toBe(before + 1)
}
