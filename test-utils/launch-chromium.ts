import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

/**
 * Debian's Chromium (`/usr/bin/chromium`) driven by playwright-core, with a fresh profile: the
 * one way every package's browser tests start a browser. Playwright's own browser downloads are
 * unreachable here, and without the background-networking flags Chromium keeps trying to reach
 * Google's hosts.
 */
export async function launchChromium(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sveltedown-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
