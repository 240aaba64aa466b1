import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeState } from '../src/lib/playground/url-state.js'
import { openSite, type Site } from './open-site.js'

let site: Site

beforeAll(async () => {
  site = await openSite()
})

afterAll(async () => {
  await site?.close()
})

const options = { highlight: true, gfm: true, smartypants: false, frontmatter: true }
const link = (source: string) => `${site.url}/playground#${encodeState({ source, ...options })}`

describe('the playground', () => {
  it('compiles the document in the browser and mounts the component', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/playground`)
    const rendered = page.getByTestId('rendered')
    await expect
      .poll(() => rendered.locator('h1').textContent(), { timeout: 60_000 })
      .toBe('Hello, playground')
    // The component runs: its button counts, and the `{#if}` block follows.
    const button = rendered.locator('button')
    for (let click = 0; click < 3; click++) await button.click()
    await expect.poll(() => button.textContent()).toBe('Clicked 3 times')
    expect(await rendered.locator('.markdown-alert-title').textContent()).toBe('Tip')
    expect(await rendered.locator('pre.shiki').count()).toBe(1)
    // The Svelte pane shows the compiled component.
    await page.getByRole('tab', { name: 'Svelte' }).click()
    expect(await page.getByTestId('compiled').textContent()).toContain('export const metadata')
    expect(await page.getByTestId('diagnostics').textContent()).toContain('No errors or warnings')
    // The URL holds the state.
    expect(new URL(page.url()).hash.length).toBeGreaterThan(20)
    expect(page.problems).toEqual([])
    await page.close()
  })

  it('switching an option compiles again', async () => {
    const page = await site.open()
    await page.goto(link('"Quotes" and -- dashes...\n'))
    const rendered = page.getByTestId('rendered')
    await expect.poll(() => rendered.textContent(), { timeout: 60_000 }).toContain('"Quotes"')
    await page.getByLabel('smartypants').check()
    await expect.poll(() => rendered.textContent()).toContain('“Quotes”')
    expect(page.problems).toEqual([])
    await page.close()
  })

  it('shows a sveltedown error at its .svx line, marked in the editor', async () => {
    const page = await site.open()
    await page.goto(link('# Title\n\n{#if open}\n\nNever closed.\n'))
    const diagnostics = page.getByTestId('diagnostics')
    await expect
      .poll(() => diagnostics.textContent(), { timeout: 60_000 })
      .toContain('Playground.svx:3:1')
    expect(await diagnostics.textContent()).toContain('block_unclosed')
    expect(await diagnostics.locator('pre').textContent()).toContain('3 | {#if open}')
    // The line is marked in the source editor.
    expect(await page.locator('.cm-error-line').textContent()).toBe('{#if open}')
    expect(page.problems).toEqual([])
    await page.close()
  })

  it('shows a Svelte error at the .svx line it comes from, through the sourcemap', async () => {
    const page = await site.open()
    await page.goto(link('# Title\n\nSome text.\n\nA broken expression: {a +}\n'))
    const diagnostics = page.getByTestId('diagnostics')
    await expect
      .poll(() => diagnostics.textContent(), { timeout: 60_000 })
      .toMatch(/Playground\.svx:5:\d+/)
    expect(await diagnostics.textContent()).toContain('(svelte)')
    expect(await page.locator('.cm-error-line').textContent()).toBe('A broken expression: {a +}')
    await page.close()
  })

  it('pointing at the compiled code highlights the source it came from', async () => {
    const page = await site.open()
    await page.goto(link('# Title\n\nA paragraph with **bold words** in it.\n'))
    await page.getByRole('tab', { name: 'Svelte' }).click()
    const compiled = page.getByTestId('compiled')
    const bold = compiled.locator('.cm-line', { hasText: 'bold words' }).first()
    await expect.poll(() => bold.count(), { timeout: 60_000 }).toBe(1)
    const box = await bold.evaluate((line) => {
      // The middle of the words "bold words" on that line of output.
      const range = document.createRange()
      const text = line.textContent ?? ''
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
      let offset = text.indexOf('bold words') + 2
      let node = walker.nextNode()
      while (node && offset > (node.textContent?.length ?? 0)) {
        offset -= node.textContent?.length ?? 0
        node = walker.nextNode()
      }
      range.setStart(node as Node, offset)
      range.setEnd(node as Node, offset + 1)
      const rect = range.getBoundingClientRect()
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
    })
    await page.mouse.move(box.x, box.y)
    await expect
      .poll(() => page.locator('.cm-mapped').allTextContents())
      .toContainEqual(expect.stringContaining('bold'))
    await page.close()
  })
})

describe('the renderer playground', () => {
  it('renders a simulated stream, and drops the script of an XSS sample', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/renderer-playground`)
    const rendered = page.getByTestId('rendered')
    await page.getByRole('button', { name: 'Simulate a stream' }).click()
    await expect
      .poll(() => page.getByRole('button', { name: 'Simulate a stream' }).isEnabled(), {
        timeout: 30_000,
      })
      .toBe(true)
    expect(await rendered.locator('table td').first().textContent()).toBe('gfm')
    expect(await rendered.locator('a[href^="javascript"]').count()).toBe(0)
    await page.getByLabel('XSS sample').selectOption({ label: 'javascript: link' })
    await expect.poll(() => rendered.textContent()).toContain('click me')
    expect(await rendered.locator('a[href^="javascript"]').count()).toBe(0)
    await page.getByLabel('XSS sample').selectOption({ label: 'script tag' })
    await expect.poll(() => rendered.textContent()).toContain('Hello')
    expect(await rendered.locator('script').count()).toBe(0)
    expect(page.problems).toEqual([])
    await page.close()
  })

  it('streams a demo answer on the renderer page', async () => {
    const page = await site.open()
    await page.goto(`${site.url}/tools/renderer`)
    await page.getByRole('button', { name: 'Stream an answer' }).click()
    const output = page.locator('.stream-output')
    await expect.poll(() => output.locator('table').count(), { timeout: 30_000 }).toBe(1)
    await expect.poll(() => output.locator('pre').count(), { timeout: 30_000 }).toBe(1)
    expect(page.problems).toEqual([])
    await page.close()
  })
})
