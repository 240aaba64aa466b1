import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import type { Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { launchChromium } from '../../../test-utils/launch-chromium.js'

export interface BrowserPage {
  page: Page
  /** Console warnings and errors the page printed (Svelte's hydration warnings among them). */
  messages: string[]
  close(): Promise<void>
}

/**
 * Debian's Chromium driven by playwright-core, showing the test app from a Vite dev server on
 * 127.0.0.1 (dev mode, so Svelte prints its hydration mismatch warnings).
 */
export async function openBrowserPage(): Promise<BrowserPage> {
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: path.resolve(import.meta.dirname, 'browser'),
    // Without HMR, so the client compiles like the server code it hydrates.
    plugins: [svelte({ compilerOptions: { hmr: false } })],
    logLevel: 'error',
    // Discovering dependencies on first load would reload the page in the middle of a test.
    // All are ES modules except `debug` (in micromark's development build).
    optimizeDeps: {
      noDiscovery: true,
      include: ['@sveltedown/render > mdast-util-from-markdown > micromark > debug'],
    },
    server: {
      host: '127.0.0.1',
      port: 20000 + Math.floor(Math.random() * 20000),
      strictPort: false,
    },
  })
  await server.listen()
  let launched: Awaited<ReturnType<typeof launchChromium>>
  try {
    launched = await launchChromium()
  } catch (error) {
    await server.close()
    throw error
  }
  const context = launched.context
  const page = context.pages()[0] ?? (await context.newPage())
  const messages: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text())
  })
  page.on('pageerror', (error) => messages.push(String(error)))
  const address = server.resolvedUrls!.local[0]!
  await page.goto(address)
  await page
    .waitForFunction(() => 'harness' in window)
    .catch((error) => {
      throw new Error(`${error}\n${messages.join('\n')}`)
    })
  return {
    page,
    messages,
    async close() {
      await launched.close()
      await server.close()
    },
  }
}
