import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, type Site } from './open-site.js'

let site: Site

beforeAll(async () => {
  site = await openSite()
})

afterAll(async () => {
  await site?.close()
})

/** Every page reachable by links from the home page, with the links and ids each one has. */
async function crawl() {
  const page = await site.open()
  // Layout shifts add up while the page loads; the site must not move once it is painted.
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number }
    w.layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const pages = new Map<
    string,
    { ids: Set<string>; links: string[]; shift: number; problems: string[] }
  >()
  const queue = ['/']
  while (queue.length > 0) {
    const pathname = queue.shift() as string
    if (pages.has(pathname)) continue
    page.problems = []
    const response = await page.goto(site.url + pathname, { waitUntil: 'networkidle' })
    expect(response?.status(), pathname).toBe(200)
    const found = await page.evaluate(() => ({
      ids: Array.from(document.querySelectorAll('[id]')).map((element) => element.id),
      links: Array.from(document.querySelectorAll('a[href]')).map(
        (anchor) => anchor.getAttribute('href') ?? '',
      ),
      shift: (window as unknown as { layoutShift: number }).layoutShift,
    }))
    pages.set(pathname, { ...found, ids: new Set(found.ids), problems: [...page.problems] })
    for (const link of found.links) {
      const url = new URL(link, site.url + pathname)
      if (url.origin === site.url && !pages.has(url.pathname)) queue.push(url.pathname)
    }
  }
  await page.close()
  return pages
}

describe('the documentation site', () => {
  it('every page loads without errors, and no link or anchor is broken', async () => {
    const pages = await crawl()
    // Home, the guide, tools and reference pages, and both playgrounds.
    for (const expected of [
      '/',
      '/guide/getting-started',
      '/guide/syntax',
      '/guide/layouts',
      '/guide/highlighting',
      '/guide/content',
      '/guide/migrating-from-mdsvex',
      '/tools/renderer',
      '/tools/plugins',
      '/tools/check-and-editors',
      '/tools/cli',
      '/reference/options',
      '/reference/errors',
      '/playground',
      '/renderer-playground',
    ]) {
      expect(pages.has(expected), expected).toBe(true)
    }
    const problems = [...pages].flatMap(([pathname, { problems }]) =>
      problems.map((problem) => `${pathname}: ${problem}`),
    )
    expect(problems).toEqual([])
    const broken: string[] = []
    for (const [pathname, { links }] of pages) {
      for (const link of links) {
        const url = new URL(link, site.url + pathname)
        if (url.origin !== site.url) continue
        const target = pages.get(url.pathname)
        if (!target) broken.push(`${pathname} → ${link}`)
        else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${pathname} → ${link} (no such id)`)
        }
      }
    }
    expect(broken).toEqual([])
    const shifting = [...pages]
      .filter(([, { shift }]) => shift > 0.05)
      .map(([pathname, { shift }]) => `${pathname}: ${shift.toFixed(3)}`)
    expect(shifting).toEqual([])
  })

  it('has a sidebar, a table of contents and previous/next links', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/guide/syntax`)
    const sidebar = await page.locator('nav.sidebar a').allTextContents()
    expect(sidebar.map((text) => text.trim())).toEqual(
      expect.arrayContaining(['Getting started', 'Syntax', 'Options', 'Errors and warnings']),
    )
    expect(await page.locator('nav.sidebar a[aria-current="page"]').textContent()).toContain(
      'Syntax',
    )
    const toc = await page.locator('nav.toc a').allTextContents()
    expect(toc).toContain('Blocks')
    expect(toc).toContain('Alerts')
    expect(await page.locator('a[rel="prev"]').textContent()).toContain('Getting started')
    expect(await page.locator('a[rel="next"]').textContent()).toContain('Layouts and components')
    // Scroll spy: the heading in view is the one highlighted.
    await page
      .locator('#blocks')
      .evaluate((heading) =>
        window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 80),
      )
    await expect.poll(() => page.locator('nav.toc a.active').textContent()).toBe('Blocks')
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect.poll(() => page.locator('nav.toc a.active').textContent()).toBe('Known limits')
    expect(page.problems).toEqual([])
    await page.close()
  })

  it('renders each syntax example live under its source, and alerts as callouts', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/guide/syntax`)
    const example = page.locator('.example').filter({ hasText: 'There are' })
    expect(await example.textContent()).toContain('There are 2 things.')
    // The source shown above it is the same text.
    const source = await example.evaluate((element) => element.previousElementSibling?.textContent)
    expect(source).toContain('{#if count > 1}')
    expect(await page.locator('aside.callout-warning .markdown-alert-title').textContent()).toBe(
      'Warning',
    )
    await page.close()
  })

  it('search finds a term from a deep page and goes to its section', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/`)
    const box = page.getByLabel('Search the documentation')
    const result = page.locator('.results a').first()
    // Typing before the page has hydrated reaches no handler, as for a user on a slow machine,
    // who types again: so does the test, until results show.
    await expect
      .poll(
        async () => {
          if ((await result.count()) === 0) {
            await box.fill('')
            await box.fill('transformerNotationDiff')
          }
          return result.getAttribute('href', { timeout: 2_000 }).catch(() => null)
        },
        { timeout: 60_000 },
      )
      .toBe('/guide/highlighting#transformers')
    await result.click()
    await page.waitForURL('**/guide/highlighting#transformers')
    expect(await page.locator('h2#transformers').isVisible()).toBe(true)
    expect(page.problems).toEqual([])
    await page.close()
  })

  it('switches to dark mode with Shiki’s dark colours, and remembers it', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/guide/highlighting`)
    const token = page.locator('pre.shiki span[style*="--shiki-dark"]').first()
    const light = await token.evaluate((element) => getComputedStyle(element).color)
    await page.click('button.theme')
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    )
    const dark = await token.evaluate((element) => getComputedStyle(element).color)
    const expected = await token.evaluate((element) => {
      const probe = document.createElement('span')
      probe.style.color = (element as HTMLElement).style.getPropertyValue('--shiki-dark')
      document.body.append(probe)
      const color = getComputedStyle(probe).color
      probe.remove()
      return color
    })
    expect(dark).not.toBe(light)
    expect(dark).toBe(expected)
    await page.reload()
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
      true,
    )
    await page.click('button.theme')
    await page.close()
  })

  it('copies a code block with its button', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/guide/getting-started`)
    const block = page.locator('.code-block').first()
    await block.locator('button.copy').click()
    await expect.poll(() => block.locator('button.copy').textContent()).toContain('Copied')
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(
      'npx sv add @sveltedown',
    )
    await page.close()
  })

  it('answers an unknown path with the 404 page', async () => {
    const page = await site.open()
    const response = await page.goto(`${site.url}/no/such/page`)
    expect(response?.status()).toBe(404)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found')
    await page.close()
  })
})
