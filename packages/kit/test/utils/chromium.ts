import type { Page } from 'playwright-core'
import { launchChromium } from '../../../../test-utils/launch-chromium.js'

export interface Browser {
  page: Page
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[]
  close(): Promise<void>
}

/** Debian's Chromium with a fresh profile, recording problems a user would see in devtools. */
export async function openBrowser(): Promise<Browser> {
  const { context, close } = await launchChromium()
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return { page, problems, close }
}
