import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../test-utils/launch-chromium.js'
import { serveBuild } from './serve-build.js'

export const buildDirectory = path.resolve(import.meta.dirname, '../build')

/** What went wrong on a page: console errors, uncaught errors, failed or 4xx/5xx requests. */
export interface PageProblems {
  problems: string[]
}

export interface Site {
  url: string
  context: BrowserContext
  /** A new page whose problems are collected (expected 404s are the caller's to filter). */
  open(): Promise<Page & PageProblems>
  close(): Promise<void>
}

/** The prerendered site served as a static host serves it, and Chromium to visit it. */
export async function openSite(): Promise<Site> {
  if (!fs.existsSync(path.join(buildDirectory, 'index.html'))) {
    throw new Error('docs/build is missing: run `pnpm build` at the root first')
  }
  const server = await serveBuild(buildDirectory)
  const browser = await launchChromium()
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.url,
  })
  return {
    url: server.url,
    context: browser.context,
    async open() {
      const page = (await browser.context.newPage()) as Page & PageProblems
      page.problems = []
      page.on('console', (message) => {
        if (message.type() === 'error') page.problems.push(`console: ${message.text()}`)
      })
      page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`))
      page.on('requestfailed', (request) =>
        page.problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
      )
      page.on('response', (response) => {
        if (response.status() >= 400) page.problems.push(`${response.status()}: ${response.url()}`)
      })
      return page
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
