import fs from 'node:fs'
import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { sveltedown } from '../src/index.js'
import { type Browser, openBrowser } from './utils/chromium.js'
import { copyApp } from './utils/copy-app.js'
import { type RunningProcess, run, startProcess } from './utils/start-process.js'
import { typeErrors } from './utils/type-errors.js'

const app = path.resolve(import.meta.dirname, '../../../fixtures/apps/kit-content')
const bin = (name: string) => path.join(app, 'node_modules/.bin', name)

/**
 * The blog of `fixtures/apps/kit-content`: posts are `+page.svx` routes whose frontmatter
 * follows a zod schema (a date string becomes a `Date`), listed by `collection()` of
 * `@sveltedown/kit/content`, built with `vite build` (prerendered) and shown in Chromium.
 */
describe('kit-content: typed frontmatter and collections, vite build + preview', () => {
  let server: RunningProcess
  let browser: Browser

  beforeAll(async () => {
    await run(bin('vite'), ['build'], app)
    server = await startProcess(
      bin('vite'),
      [
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(20000 + Math.floor(Math.random() * 20000)),
        '--strictPort',
      ],
      app,
    )
    browser = await openBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lists the posts from the collection: newest first, drafts left out, reading time and words', async () => {
    const { page, problems } = browser
    await page.goto(`${server.url}/blog`)
    const items = page.locator('ul.posts li')
    expect(await items.locator('a').allTextContents()).toEqual(['Second steps', 'Hello, world'])
    expect(await items.locator('time').allTextContents()).toEqual(['2026-04-02', '2026-03-14'])
    expect(await items.locator('.reading-time').allTextContents()).toEqual([
      '3 min read',
      '1 min read',
    ])
    expect(await items.locator('.words').allTextContents()).toEqual(['408 words', '13 words'])
    // `tags` has a default in the schema: the post without tags lists none.
    expect(await items.locator('.tags').allTextContents()).toEqual(['', 'svelte, markdown'])
    // `cover` is an image field: its relative path became the imported asset (inlined, as Vite
    // does for a file this small), and the image loads.
    const cover = items.locator('img.cover')
    expect(await cover.count()).toBe(1)
    expect(await cover.getAttribute('src')).toMatch(
      /^(data:image\/png;base64,|\/_app\/immutable\/assets\/cover\.)/,
    )
    await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(4)
    await items.locator('a', { hasText: 'Hello, world' }).click()
    await page.waitForURL(`${server.url}/blog/hello-world`)
    // The layout gets `date` as a Date (the schema's output) and formats it.
    await expect.poll(() => page.locator('article.post h1').textContent()).toBe('Hello, world')
    expect(await page.locator('article.post time').textContent()).toBe('14 March 2026')
    expect(await page.locator('article.post time').getAttribute('datetime')).toBe(
      '2026-03-14T00:00:00.000Z',
    )
    expect(problems).toEqual([])
  })

  it('renders the newest post on the home page through its lazily loaded component', async () => {
    const { page, problems } = browser
    await page.goto(`${server.url}/`)
    const latest = page.locator('section.latest')
    expect(await latest.getAttribute('data-slug')).toBe('second-steps')
    expect(await latest.locator('h1').textContent()).toBe('Second steps')
    expect(await latest.locator('time').textContent()).toBe('2 April 2026')
    expect(problems).toEqual([])
  })

  it('types metadata from the schema: `date` is a Date for imports and for collection()', async () => {
    // `src/lib/typed.ts` uses `metadata.date.getUTCFullYear()` and `post.metadata.title` from
    // collection(); this file makes the one mistake the generated types must catch.
    const wrong = path.join(app, 'src/lib/wrong-type.ts')
    fs.writeFileSync(
      wrong,
      "import { metadata } from '../routes/blog/second-steps/+page.svx'\nexport const date: string = metadata.date\n",
    )
    try {
      expect(await typeErrors(app, bin('tsc'))).toEqual([
        "src/lib/wrong-type.ts(2,14): error TS2322: Type 'Date' is not assignable to type 'string'.",
      ])
    } finally {
      fs.rmSync(wrong, { force: true })
    }
  })
})

describe('frontmatter_schema in the Vite plugin', () => {
  let vite: ViteDevServer

  beforeAll(async () => {
    const root = copyApp()
    fs.mkdirSync(path.join(root, 'src/posts'))
    fs.writeFileSync(
      path.join(root, 'src/posts/bad.svx'),
      '---\ntitle: Bad\nauthor:\n  name: 42\n---\n\nText.\n',
    )
    fs.writeFileSync(
      path.join(root, 'src/posts/good.svx'),
      '---\ntitle: Good\nauthor:\n  name: Ann\ndate: 2026-01-02\n---\n\nFour words of text.\n',
    )
    const schema = z.object({
      title: z.string(),
      author: z.object({ name: z.string() }),
      date: z.coerce.date().optional(),
    })
    vite = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [sveltedown({ content: { 'src/posts/**': { schema } } }), svelte()],
      server: { middlewareMode: true, hmr: { port: 30000 + Math.floor(Math.random() * 20000) } },
      appType: 'custom',
    })
  })

  afterAll(async () => {
    await vite?.close()
  })

  it('is an error at the .svx line of the value, with a frame, as the overlay shows it', async () => {
    const error = await vite.ssrLoadModule('/src/posts/bad.svx').then(
      () => undefined,
      (caught: unknown) =>
        caught as { code?: string; message: string; loc?: unknown; frame?: string },
    )
    expect(error?.code).toBe('frontmatter_schema')
    expect(error?.message).toContain(
      'Unexpected value at `author.name` in frontmatter (Invalid input: expected string, received number)',
    )
    expect(error?.loc).toMatchObject({ line: 4, column: 9 })
    expect(error?.frame).toContain('4 |   name: 42')
  })

  it('?metadata gives the schema output (a Date), words, reading time and a lazy load()', async () => {
    const summary = await vite.ssrLoadModule('/src/posts/good.svx?metadata')
    expect(summary.metadata).toEqual({
      title: 'Good',
      author: { name: 'Ann' },
      date: new Date('2026-01-02T00:00:00.000Z'),
    })
    expect(summary.metadata.date).toBeInstanceOf(Date)
    expect([summary.words, summary.readingTime]).toEqual([4, 1])
    const document = await summary.load()
    expect(document.metadata.title).toBe('Good')
    expect(typeof document.default).toBe('function')
  })
})
