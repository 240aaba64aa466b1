import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser } from './utils/chromium.js'
import { expectCounterWorks } from './utils/expect-counter-works.js'
import { type RunningProcess, run, startProcess } from './utils/start-process.js'

const apps = path.resolve(import.meta.dirname, '../../../fixtures/apps')

/** The two example apps: Svelte config inside `vite.config` (runes forced), and `svelte.config.js`. */
const cases = ['kit-vite-config', 'kit-svelte-config'] as const

function vite(app: string) {
  return path.join(apps, app, 'node_modules/.bin/vite')
}

function port() {
  return String(20000 + Math.floor(Math.random() * 20000))
}

/** What both apps show on their home page, written in `src/routes/+page.svx`. */
async function expectHomePage(page: Page) {
  await expect.poll(() => page.title()).toBe('Markdown pages in SvelteKit')
  expect(await page.locator('h1').first().textContent()).toBe('Markdown pages in SvelteKit')
  // The layout from the `layout` option wraps the document and gets the frontmatter as props.
  expect(await page.locator('article.doc .kicker').textContent()).toBe('Documentation')
  expect(await page.locator('article.doc .doc-footer').textContent()).toContain(
    'Markdown pages in SvelteKit',
  )
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
    'A page written in Markdown, with Svelte inside.',
  )
  // Heading ids, and a table of contents built from the `headings` export.
  const ids = await page.locator('article h2').evaluateAll((nodes) => nodes.map((node) => node.id))
  expect(ids).toEqual(['interactive-components', 'highlighted-code', 'a-table'])
  const toc = await page
    .locator('ul.toc a')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
  expect(toc).toEqual(['#interactive-components', '#highlighted-code', '#a-table'])
  // Shiki, with both themes.
  const code = page.locator('pre.shiki')
  expect(await code.getAttribute('class')).toContain('github-dark')
  expect(await code.locator('span.line').count()).toBe(3)
  expect(await code.textContent()).toContain('return `Hello ${name}!`')
  expect(await page.locator('table td').first().textContent()).toBe('Layouts')
}

/**
 * A post (`src/lib/posts/first-post.svx`) with a relative image and links written to other
 * documents: in the vite.config app, to another post (`links.folders` maps posts to
 * `/blog/<name>`); in both, to a page in a route group (`src/routes/(site)/about/+page.svx` is
 * `/about`), whose written `<img>` is relative too and whose link names a heading of the home page.
 */
async function expectImagesAndLinks(page: Page, url: string, asset: RegExp, app: string) {
  await page.goto(`${url}/blog/first-post`)
  const image = page.locator('article img[alt="A red square"]')
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(48)
  expect(await image.getAttribute('src')).toMatch(asset)
  if (app === 'kit-vite-config') {
    await page.locator('a', { hasText: "the second post's code" }).click()
    await page.waitForURL(`${url}/blog/second-post#some-code`)
    await expect.poll(() => page.locator('article h1').textContent()).toBe('Second post')
    expect(await page.locator('h2#some-code').count()).toBe(1)
    await page.goto(`${url}/blog/first-post`)
  }
  await page.locator('a', { hasText: 'about this blog' }).click()
  await page.waitForURL(`${url}/about`)
  await expect.poll(() => page.locator('h1').first().textContent()).toBe('About this blog')
  const badge = page.locator('img.badge')
  await expect
    .poll(() => badge.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(5)
  await page.locator('a', { hasText: "the home page's table" }).click()
  await page.waitForURL(`${url}/#a-table`)
  await expect.poll(() => page.locator('h2#a-table').count()).toBe(1)
}

for (const app of cases) {
  const root = path.join(apps, app)

  describe(`${app}: vite build + vite preview`, () => {
    let server: RunningProcess
    let browser: Browser

    beforeAll(async () => {
      await run(vite(app), ['build'], root)
      server = await startProcess(
        vite(app),
        ['preview', '--host', '127.0.0.1', '--port', port(), '--strictPort'],
        root,
      )
      browser = await openBrowser()
    })

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    it('renders the Markdown page with its layout, ids, code and counter', async () => {
      const { page, problems } = browser
      await page.goto(`${server.url}/`)
      await expectHomePage(page)
      await expectCounterWorks(page)
      expect(problems).toEqual([])
    })

    it('lists posts from import.meta.glob and opens one', async () => {
      const { page, problems } = browser
      await page.goto(`${server.url}/blog`)
      const posts = await page.locator('ul.posts a').allTextContents()
      expect(posts).toEqual(['Second post', 'First post'])
      await page.locator('ul.posts a', { hasText: 'First post' }).click()
      await page.waitForURL(`${server.url}/blog/first-post`)
      await expect.poll(() => page.locator('article h1').textContent()).toBe('First post')
      expect(await page.locator('article em').textContent()).toBe('first')
      expect(problems).toEqual([])
    })

    it('a post shows its relative image as a hashed asset, and its links open other documents', async () => {
      const { page, problems } = browser
      await expectImagesAndLinks(
        page,
        server.url,
        /\/_app\/immutable\/assets\/red-square\.[\w-]+\.png$/,
        app,
      )
      expect(problems).toEqual([])
    })
  })

  describe(`${app}: vite dev`, () => {
    let server: RunningProcess
    let browser: Browser
    const page = path.join(root, 'src/routes/+page.svx')
    const layout = path.join(root, 'src/lib/Layout.svelte')
    const originals = new Map<string, string>()

    beforeAll(async () => {
      for (const file of [page, layout]) originals.set(file, fs.readFileSync(file, 'utf8'))
      server = await startProcess(
        vite(app),
        ['dev', '--host', '127.0.0.1', '--port', port(), '--strictPort'],
        root,
      )
      browser = await openBrowser()
    })

    afterAll(async () => {
      for (const [file, content] of originals) fs.writeFileSync(file, content)
      await browser?.close()
      await server?.stop()
    })

    it('serves the page, and updates it when the .svx and the layout change', async () => {
      const { page: tab, problems } = browser
      await tab.goto(`${server.url}/`)
      await expectHomePage(tab)
      await expectCounterWorks(tab)

      fs.writeFileSync(
        page,
        (originals.get(page) ?? '').replace('counts your clicks.', 'counts your clicks, edited.'),
      )
      await expect
        .poll(() => tab.locator('article').textContent(), { timeout: 20_000 })
        .toContain('edited.')

      fs.writeFileSync(layout, (originals.get(layout) ?? '').replace('>Documentation<', '>Guides<'))
      await expect
        .poll(() => tab.locator('article.doc .kicker').textContent(), { timeout: 20_000 })
        .toBe('Guides')
      expect(problems.filter((problem) => !problem.includes('[vite]'))).toEqual([])
    })

    it("serves a post's relative image, and its links open other documents", async () => {
      const { page: tab, problems } = browser
      const before = problems.length
      await expectImagesAndLinks(
        tab,
        server.url,
        /\/src\/lib\/posts\/images\/red-square\.png$/,
        app,
      )
      // The first visit to the blog can make Vite optimize a dependency and reload the page,
      // which aborts the requests in flight: those are not the page's problems.
      const seen = problems.slice(before)
      expect(seen.filter((p) => !p.includes('[vite]') && !p.startsWith('request failed'))).toEqual(
        [],
      )
    })

    it('shows a syntax error in the .svx at its line and column, and recovers when it is fixed', async () => {
      const { page: tab } = browser
      const source = originals.get(page) ?? ''
      const lines = source.split('\n')
      const line = lines.findIndex((text) => text.startsWith('## A table')) + 1
      lines.splice(line - 1, 0, 'Broken: {1 +}')
      fs.writeFileSync(page, lines.join('\n'))

      const overlay = tab.locator('vite-error-overlay')
      await expect.poll(() => overlay.count(), { timeout: 20_000 }).toBe(1)
      const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '')
      expect(text).toContain(`src/routes/+page.svx:${line}:13`)
      expect(text).toContain(`${line} | Broken: {1 +}`)

      fs.writeFileSync(page, source)
      await expect.poll(() => overlay.count(), { timeout: 20_000 }).toBe(0)
      await expect
        .poll(() => tab.locator('h1').first().textContent(), { timeout: 20_000 })
        .toBe('Markdown pages in SvelteKit')
      await tab.waitForLoadState('networkidle')
      await expectCounterWorks(tab)
    })
  })
}
