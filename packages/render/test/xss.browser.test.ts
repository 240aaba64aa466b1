import { render } from 'svelte/server'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { Markdown } from '../src/index.ts'
import { type BrowserPage, openBrowserPage } from './chromium.ts'
import { xssVectors } from './xss-vectors.ts'

let browser: BrowserPage

beforeAll(async () => {
  browser = await openBrowserPage()
  // Anything that runs reports here instead of opening a dialog.
  await browser.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { ran: string[] }
    w.ran = []
    for (const name of ['alert', 'confirm', 'prompt', 'print']) {
      w[name] = (...args: unknown[]) => {
        w.ran.push(`${name}(${args.join(',')})`)
      }
    }
  })
})

afterAll(async () => {
  await browser?.close()
})

/** What must never reach the DOM: script-capable elements, handlers, script URLs. */
function findDanger() {
  const problems: string[] = []
  const forbidden = 'script,iframe,object,embed,form,style,frame,frameset,base,meta,link,svg,math'
  for (const element of Array.from(document.querySelectorAll('#app *'))) {
    if (element.matches(forbidden)) problems.push(`<${element.tagName.toLowerCase()}>`)
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them in URLs.
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
      if (name.startsWith('on') || name === 'srcdoc' || name === 'style') {
        problems.push(`${name}= on <${element.tagName.toLowerCase()}>`)
      }
      // A blocked link shows its URL as its title: text the reader sees, never loaded or run.
      if (name === 'title' || name === 'alt') continue
      if (/^(?:javascript|vbscript):/.test(value)) problems.push(`${name}="${attribute.value}"`)
      if (value.startsWith('data:') && !(name === 'src' && /^data:image\/(?!svg)/.test(value))) {
        problems.push(`${name}="${attribute.value.slice(0, 30)}"`)
      }
    }
  }
  return problems
}

describe(`${xssVectors.length} XSS vectors in Chromium, sanitized by default`, () => {
  test('there are at least 50 vectors', () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(50)
  })

  test('mounted in the browser: nothing runs, no handler or script URL reaches the DOM', async () => {
    const { page } = browser
    const result = await page.evaluate(
      async ({ vectors, check }) => {
        const app = document.querySelector('#app')!
        const { createHarness } = (
          window as unknown as { harness: { createHarness: (...args: unknown[]) => unknown } }
        ).harness
        for (const vector of vectors) {
          const target = document.createElement('div')
          app.append(target)
          createHarness(target, { source: vector })
        }
        // Give image errors, `ontoggle` and friends time to fire.
        await new Promise((resolve) => setTimeout(resolve, 500))
        // Fire the events handlers would wait for; a link's own navigation is not what we test.
        document.addEventListener('click', (event) => event.preventDefault(), { once: false })
        for (const element of Array.from(app.querySelectorAll('*'))) {
          element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
          element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
        }
        const problems = new Function(`return (${check})()`)() as string[]
        return {
          ran: (window as unknown as { ran: string[] }).ran,
          problems,
          rendered: app.children.length,
        }
      },
      { vectors: xssVectors, check: findDanger.toString() },
    )
    expect(result.rendered).toBe(xssVectors.length)
    expect(result.ran).toEqual([])
    expect(result.problems).toEqual([])
  })

  test('rendered on the server and hydrated: nothing runs, nothing dangerous in the DOM', async () => {
    const { page } = browser
    const pages = xssVectors.map((source) => render(Markdown, { props: { source } }).body)
    const result = await page.evaluate(
      async ({ pages, vectors, check }) => {
        const app = document.querySelector('#app')!
        app.innerHTML = ''
        const { createHarness } = (
          window as unknown as { harness: { createHarness: (...args: unknown[]) => unknown } }
        ).harness
        pages.forEach((html, index) => {
          const target = document.createElement('div')
          target.innerHTML = html
          app.append(target)
          createHarness(target, { source: vectors[index] }, true)
        })
        await new Promise((resolve) => setTimeout(resolve, 500))
        const problems = new Function(`return (${check})()`)() as string[]
        return { ran: (window as unknown as { ran: string[] }).ran, problems }
      },
      { pages, vectors: xssVectors, check: findDanger.toString() },
    )
    expect(result.ran).toEqual([])
    expect(result.problems).toEqual([])
    expect(browser.messages.filter((message) => /hydrat/i.test(message))).toEqual([])
  })
})
