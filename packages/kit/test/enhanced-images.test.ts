import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser } from './utils/chromium.js'
import { type RunningProcess, run, startProcess } from './utils/start-process.js'

const fixture = path.resolve(import.meta.dirname, 'fixtures/enhanced-app')
const plugin = path.resolve(import.meta.dirname, '../dist/index.js')

/**
 * `images: 'enhanced'` with @sveltejs/enhanced-img: the documents' relative images become
 * `<enhanced:img>`, which enhancedImages() turns into `<picture>` with AVIF and WebP sources.
 * A copy of `test/fixtures/enhanced-app`, with no Svelte config (the Vite plugin adds `.svx` to
 * vite-plugin-svelte's extensions, which enhanced-img reads), is built with `vite build` and
 * previewed in Chromium.
 */
describe("images: 'enhanced' with @sveltejs/enhanced-img", () => {
  let root: string
  let server: RunningProcess
  let browser: Browser

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-enhanced-'))
    fs.cpSync(fixture, root, { recursive: true })
    fs.symlinkSync(
      path.resolve(import.meta.dirname, '../node_modules'),
      path.join(root, 'node_modules'),
    )
    fs.writeFileSync(
      path.join(root, 'vite.config.js'),
      [
        "import { enhancedImages } from '@sveltejs/enhanced-img'",
        "import { svelte } from '@sveltejs/vite-plugin-svelte'",
        `import { sveltedown } from ${JSON.stringify(plugin)}`,
        '',
        "export default { plugins: [sveltedown({ images: 'enhanced' }), enhancedImages(), svelte()] }",
        '',
      ].join('\n'),
    )
    const vite = path.join(root, 'node_modules/.bin/vite')
    await run(vite, ['build'], root)
    const port = String(20000 + Math.floor(Math.random() * 20000))
    server = await startProcess(vite, ['preview', '--host', '127.0.0.1', '--port', port], root)
    browser = await openBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    if (root) fs.rmSync(root, { recursive: true, force: true })
  })

  it('shows each relative image as a <picture> with AVIF and WebP sources', async () => {
    const { page, problems } = browser
    await page.goto(`${server.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Enhanced images')
    const pictures = page.locator('picture')
    expect(await pictures.count()).toBe(2)
    for (const type of ['image/avif', 'image/webp']) {
      expect(await page.locator(`picture source[type="${type}"]`).count(), type).toBe(2)
    }
    const images = page.locator('picture img')
    expect(
      await images.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('alt'))),
    ).toEqual(['A noisy photo', 'The same photo, written as HTML'])
    // enhanced-img sets the intrinsic size; the browser loads one of the sizes it made (a
    // smaller one than the file for a screen of one device pixel per CSS pixel).
    expect(await images.first().getAttribute('width')).toBe('48')
    await expect
      .poll(() =>
        images.evaluateAll((nodes) =>
          nodes.map((node) => {
            const image = node as HTMLImageElement
            return image.complete && image.naturalWidth > 0
          }),
        ),
      )
      .toEqual([true, true])
    expect(await page.locator('img.written').count()).toBe(1)
    expect(problems).toEqual([])
  })
})
