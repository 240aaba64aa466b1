import { render } from 'svelte/server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Markdown } from '../src/index.ts'
import { type BrowserPage, openBrowserPage } from './chromium.ts'
import { chatDocument, chunk, loadCorpus } from './corpus.ts'
import { normalizeHtml } from './normalize-html.ts'

type Harness = {
  createHarness(
    target: HTMLElement,
    props: { source: string; streaming?: boolean },
    hydrating?: boolean,
  ): { set(source: string): void; setStreaming(streaming: boolean): void; destroy(): void }
}

let browser: BrowserPage

beforeAll(async () => {
  browser = await openBrowserPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('a simulated LLM stream in Chromium', () => {
  test('finished blocks keep their DOM nodes, nothing half-written shows, the end equals a full render', async () => {
    const chunks = chunk(chatDocument(30_000), 1500)
    const result = await browser.page.evaluate((chunks) => {
      const { createHarness } = (window as unknown as { harness: Harness }).harness
      const app = document.querySelector('#app')!
      app.innerHTML = ''
      const target = app.appendChild(document.createElement('div'))
      const harness = createHarness(target, { source: '', streaming: true })
      let source = ''
      let flicker = ''
      // The first 64 blocks are children of the container, the rest sit in groups of 16 in
      // sections of 16 groups (see Markdown.svelte).
      const blockList = () =>
        Array.from(target.querySelectorAll(':scope > :not(div), :scope > div > div > *'))
      let kept: Element[] = []
      let later: Element | null = null
      let lost = 0
      let checks = 0
      chunks.forEach((piece, index) => {
        source += piece
        harness.set(source)
        // Markers of half-written syntax must never be visible while streaming.
        const text = target.textContent ?? ''
        if (!flicker && /\*\*|~~|\]\(/.test(text)) flicker = text.slice(-80)
        // The nodes of the first blocks, taken once some exist, must survive every later append.
        // ...and so must a block of a later group.
        if (index === 100) kept = blockList().slice(0, 10)
        if (index === 900) later = blockList()[150] ?? null
        if (index > 100) {
          checks++
          const list = blockList()
          for (const [position, node] of kept.entries()) {
            if (!node.isConnected || list[position] !== node) lost++
          }
        }
      })
      const ids = Array.from(target.querySelectorAll('h2')).map((heading) => heading.id)
      const streamed = target.innerHTML
      harness.setStreaming(false)
      const afterEnd = kept.filter((node, position) => blockList()[position] === node).length
      const laterKept = later !== null && target.contains(later)
      // The container holds the first 64 blocks and one <div> per 256 later blocks, each with one
      // <div> per 16 blocks.
      const blocks = blockList().length
      const children = target.children.length
      const groups = Array.from(target.querySelectorAll(':scope > div')).map((section) =>
        Array.from(section.children).map((group) => group.children.length),
      )
      const full = app.appendChild(document.createElement('div'))
      createHarness(full, { source })
      return {
        kept: kept.length,
        lost,
        checks,
        flicker,
        ids,
        afterEnd,
        laterKept,
        blocks,
        children,
        groups,
        streamed,
        full: full.innerHTML,
        fullIds: Array.from(full.querySelectorAll('h2')).map((heading) => heading.id),
      }
    }, chunks)
    expect(result.kept).toBe(10)
    expect(result.checks).toBeGreaterThan(1300)
    expect(result.lost).toBe(0)
    expect(result.flicker).toBe('')
    expect(result.afterEnd).toBe(10)
    expect(result.laterKept).toBe(true)
    expect(result.blocks).toBeGreaterThan(64 + 256)
    expect(result.children).toBe(64 + Math.ceil((result.blocks - 64) / 256))
    expect(result.groups.flat()).toEqual(
      Array.from({ length: Math.ceil((result.blocks - 64) / 16) }, (_, index) =>
        Math.min(16, result.blocks - 64 - index * 16),
      ),
    )
    expect(result.groups.slice(0, -1).every((section) => section.length === 16)).toBe(true)
    expect(result.ids).toEqual(result.fullIds)
    expect(normalizeHtml(result.streamed)).toBe(normalizeHtml(result.full))
  })
})

describe('the corpus, rendered on the server and in the browser', () => {
  const corpus = loadCorpus()

  test(`all ${corpus.length} documents hydrate without a mismatch and match a client render`, async () => {
    const pages = corpus.map(({ source }) => ({
      source,
      html: render(Markdown, { props: { source } }).body,
    }))
    browser.messages.length = 0
    const results = await browser.page.evaluate((pages) => {
      const { createHarness } = (window as unknown as { harness: Harness }).harness
      const app = document.querySelector('#app')!
      return pages.map(({ source, html }) => {
        app.innerHTML = ''
        const hydrated = app.appendChild(document.createElement('div'))
        hydrated.innerHTML = html
        const serverDom = hydrated.innerHTML
        const marker = hydrated.firstElementChild
        const hydration = createHarness(hydrated, { source }, true)
        // Hydration that mismatches throws the server DOM away and renders again.
        const untouched = hydrated.innerHTML === serverDom && hydrated.firstElementChild === marker
        hydration.destroy()
        const client = app.appendChild(document.createElement('div'))
        const mounted = createHarness(client, { source })
        const clientHtml = client.innerHTML
        mounted.destroy()
        return { untouched, serverDom, clientHtml }
      })
    }, pages)
    results.forEach((result, index) => {
      expect(result.untouched, corpus[index]!.name).toBe(true)
      expect(normalizeHtml(result.clientHtml), corpus[index]!.name).toBe(
        normalizeHtml(result.serverDom),
      )
    })
    expect(browser.messages.filter((message) => /hydrat/i.test(message))).toEqual([])
  })
})
