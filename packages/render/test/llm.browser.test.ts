import { render } from 'svelte/server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Markdown } from '../src/index.ts'
import { type BrowserPage, openBrowserPage } from './chromium.ts'
import { componentDocument } from './component-document.ts'
import { testComponents, testLanguages } from './fixtures/components.ts'

type Harness = {
  createHarness(
    target: HTMLElement,
    props: Record<string, unknown> & { source: string },
    hydrating?: boolean,
  ): { set(source: string): void; setStreaming(streaming: boolean): void }
}

let browser: BrowserPage

beforeAll(async () => {
  browser = await openBrowserPage()
})

afterAll(async () => {
  await browser?.close()
})

/** Link tricks: each is `[name](url)` or raw HTML; `ok` ones lead under https://example.com/docs. */
const tricks: Array<[name: string, source: string, ok: boolean]> = [
  ['plain', '[plain](https://example.com/docs/a)', true],
  ['relative', '[relative](/docs/b)', true],
  ['upper', '[upper](HTTPS://EXAMPLE.COM/docs/c)', true],
  ['port', '[port](https://example.com:443/docs/d)', true],
  ['tab', '<a href="https://exa&#9;mple.com/docs/e">tab</a>', true],
  ['mixed-case', '[mixed-case](JaVaScRiPt:alert(1))', false],
  ['md-entity', '[md-entity](javascript&#58;alert(1))', false],
  ['html-entity', '<a href="&#106;avascript:alert(1)">html-entity</a>', false],
  ['hex-entity', '<a href="&#x6a;&#x61;vascript:alert(1)">hex-entity</a>', false],
  ['tab-scheme', '<a href="jav&#x09;ascript:alert(1)">tab-scheme</a>', false],
  ['newline-scheme', '<a href="java\nscript:alert(1)">newline-scheme</a>', false],
  ['leading-space', '<a href="  javascript:alert(1)">leading-space</a>', false],
  ['control', '<a href="&#1;javascript:alert(1)">control</a>', false],
  ['protocol-relative', '[protocol-relative](//evil.com/docs)', false],
  ['backslashes', '<a href="\\\\evil.com/docs">backslashes</a>', false],
  ['slash-backslash', '[slash-backslash](/\\evil.com/docs)', false],
  ['userinfo', '[userinfo](https://example.com@evil.com/docs)', false],
  ['subdomain', '[subdomain](https://example.com.evil.com/docs)', false],
  ['other-port', '[other-port](https://example.com:8443/docs)', false],
  ['dot-segments', '[dot-segments](https://example.com/docs/../admin)', false],
  ['encoded-dots', '[encoded-dots](https://example.com/docs/%2e%2e/admin)', false],
  ['entity-dots', '<a href="/docs/&#x2e;&#x2e;/admin">entity-dots</a>', false],
  ['cyrillic', '[cyrillic](https://еxample.com/docs)', false],
  ['fullwidth', '[fullwidth](ｊａｖａｓｃｒｉｐｔ:alert(1))', false],
  ['data', '[data](data:text/html,<script>alert(1)</script>)', false],
  ['http', '[http](http://example.com/docs)', false],
  ['other-scheme', '[other-scheme](ftp://example.com/docs)', false],
]

describe('link and image prefixes in Chromium', () => {
  test(`${tricks.length} URL tricks: every link left points under an allowed prefix, the rest are text`, async () => {
    const source = tricks.map(([, markdown]) => markdown).join('\n\n')
    const result = await browser.page.evaluate((source) => {
      const { createHarness } = (window as unknown as { harness: Harness }).harness
      const app = document.querySelector('#app')!
      app.innerHTML = ''
      const target = app.appendChild(document.createElement('div'))
      createHarness(target, {
        source: `${source}\n\n![tracker](https://evil.com/pixel.png) ![logo](/docs/logo.png) ![dot](data:image/png;base64,iVBORw0KGgo=)`,
        defaultOrigin: 'https://example.com',
        allowedLinkPrefixes: ['https://example.com/docs/'],
        allowedImagePrefixes: ['https://example.com/docs/'],
      })
      const links = Array.from(target.querySelectorAll('a')).map((a) => ({
        text: a.textContent,
        // The URL as the browser resolves it, not as we wrote it.
        href: a.href,
      }))
      const blocked = Array.from(target.querySelectorAll('span[title]')).map(
        (span) => span.textContent,
      )
      const images = Array.from(target.querySelectorAll('img')).map((img) => img.src)
      return { links, blocked, images, text: target.textContent }
    }, source)
    for (const link of result.links) {
      const url = new URL(link.href)
      expect(url.origin, link.text!).toBe('https://example.com')
      expect(url.pathname.startsWith('/docs/'), link.text!).toBe(true)
    }
    expect(result.links.map((link) => link.text)).toEqual(
      tricks.filter(([, , ok]) => ok).map(([name]) => name),
    )
    expect(result.blocked).toEqual(tricks.filter(([, , ok]) => !ok).map(([name]) => name))
    expect(result.images).toEqual(['https://example.com/docs/logo.png'])
    expect(result.text).toContain('tracker')
    expect(result.text).toContain('dot')
  })
})

describe('components in a stream, in Chromium', () => {
  test('streamed in 50 steps: a component appears only complete, and keeps its DOM node', async () => {
    const cuts = Array.from({ length: 50 }, (_, index) =>
      Math.round(((index + 1) * componentDocument.length) / 50),
    )
    const result = await browser.page.evaluate(
      ({ document: source, cuts }) => {
        const { createHarness } = (window as unknown as { harness: Harness }).harness
        const app = document.querySelector('#app')!
        app.innerHTML = ''
        const target = app.appendChild(document.createElement('div'))
        const harness = createHarness(target, { source: '', streaming: true, withComponents: true })
        const selector = 'figure.chart, sup.citation, aside.callout'
        const clean = (element: Element) => element.outerHTML.replace(/<!--.*?-->/g, '')
        const steps = cuts.map((end) => {
          harness.set(source.slice(0, end))
          return Array.from(target.querySelectorAll(selector)).map(clean)
        })
        const chart = target.querySelector('figure.chart')
        harness.setStreaming(false)
        const full = app.appendChild(document.createElement('div'))
        createHarness(full, { source, withComponents: true })
        return {
          steps,
          final: Array.from(full.querySelectorAll(selector)).map(clean),
          chartKept: chart !== null && target.querySelector('figure.chart') === chart,
        }
      },
      { document: componentDocument, cuts },
    )
    expect(result.final).toHaveLength(4)
    for (const [index, shown] of result.steps.entries()) {
      expect(result.final.slice(0, shown.length), `step ${index}`).toEqual(shown)
    }
    expect(result.steps.at(-1)).toEqual(result.final)
    expect(result.chartKept).toBe(true)
  })
})

describe('components and code renderers hydrate', () => {
  test('a server render with component tags and a `graph` block hydrates without a mismatch', async () => {
    const source = `${componentDocument}\n\`\`\`graph\na -> b\n\`\`\`\n`
    const html = render(Markdown, {
      props: { source, components: testComponents, languages: testLanguages },
    }).body
    browser.messages.length = 0
    const result = await browser.page.evaluate(
      ({ source, html }) => {
        const { createHarness } = (window as unknown as { harness: Harness }).harness
        const app = document.querySelector('#app')!
        app.innerHTML = ''
        const target = app.appendChild(document.createElement('div'))
        target.innerHTML = html
        const before = target.innerHTML
        const first = target.firstElementChild
        createHarness(target, { source, withComponents: true }, true)
        return {
          untouched: target.innerHTML === before && target.firstElementChild === first,
          components: target.querySelectorAll('figure.chart, sup.citation, aside.callout').length,
          graph: target.querySelector('ol.graph')?.textContent,
        }
      },
      { source, html },
    )
    expect(result).toEqual({ untouched: true, components: 4, graph: 'a → b' })
    expect(browser.messages.filter((message) => /hydrat/i.test(message))).toEqual([])
  })
})
