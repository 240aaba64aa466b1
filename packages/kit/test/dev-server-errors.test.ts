import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { copyApp } from './utils/copy-app.js'
import { type DevServer, type HmrPayload, startDevServer } from './utils/dev-server.js'
import { renderPage } from './utils/render-page.js'

/** The part of a hast root these plugins touch (the kit does not depend on hast's types). */
type Root = { children: unknown[] }

/** A rehype plugin that fails on documents that ask it to, as a buggy user plugin would. */
function rehypeExplode() {
  return (tree: Root) => {
    if (JSON.stringify(tree).includes('explode-here')) throw new Error('the plugin gave up')
  }
}

/** A rehype plugin that adds an element without `children` (as rehype-autolink-headings can). */
function rehypeChildless() {
  return (tree: Root) => {
    if (JSON.stringify(tree).includes('childless-here'))
      tree.children.push({ type: 'element', tagName: 'img', properties: {} })
  }
}

const good = (text: string) => `# Title\n\n${text}\n`

/**
 * Errors while the dev server runs, on the path a browser takes: a document is loaded, the
 * editor saves a broken version, the watcher sends an HMR update, the browser loads the module
 * again and gets the error (HTTP 500, and the overlay's payload over the HMR socket); the editor
 * saves a fixed version and the page comes back.
 */
describe('a dev server keeps serving through document and plugin errors', () => {
  let root: string
  let dev: DevServer
  let file: string
  let lastChange = 0

  beforeAll(async () => {
    root = copyApp()
    file = path.join(root, 'src/Doc.svx')
    fs.writeFileSync(file, good('Loaded once.'))
    dev = await startDevServer(root, {
      rehypePlugins: [rehypeExplode, rehypeChildless],
      cache: false,
      // Typed frontmatter: an author, when there is one, has a name.
      content: {
        'src/**': { schema: z.looseObject({ author: z.object({ name: z.string() }).optional() }) },
      },
    })
    dev.vite.watcher.on('change', () => (lastChange = performance.now()))
    dev.vite.watcher.on('all', (e, f) => console.log('WATCH', performance.now().toFixed(0), e, f))
    const response = await fetch(`${dev.url}/src/Doc.svx?import`)
    expect(response.status).toBe(200)
  })

  afterAll(async () => {
    await dev?.close()
  })

  /**
   * Save the document and follow the HMR path: vite-plugin-svelte compiles the saved file while
   * handling the change, so a broken save arrives as the overlay's error payload, a good one as
   * an update the browser loads. Then load the module as a page reload would.
   */
  async function save(source: string) {
    // Vite's watcher drops a change within 50 ms of the previous one to the same file.
    const wait = lastChange + 60 - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    dev.hmr.drain()
    const next = dev.hmr.next(
      (payload) =>
        payload.type === 'error' ||
        payload.type === 'full-reload' ||
        (payload.type === 'update' &&
          (payload.updates ?? []).some((update) => update.path === '/src/Doc.svx')),
    )
    fs.writeFileSync(file, source)
    console.log('WRITE', performance.now().toFixed(0), source.slice(0, 60))
    const payload = await next
    const timestamp = payload.updates?.[0]?.timestamp ?? Date.now()
    const response = await fetch(`${dev.url}/src/Doc.svx?import&t=${timestamp}`)
    const body = await response.text()
    // The error middleware sends the overlay its payload too; the client keeps what came.
    const overlay =
      payload.type === 'error'
        ? payload
        : response.ok
          ? undefined
          : await dev.hmr.next((payload) => payload.type === 'error', 5000).catch(() => undefined)
    return { status: response.status, body, overlay }
  }

  /** The server still serves: this document once fixed, and another page. */
  async function expectServing(marker: string) {
    const fixed = await save(good(marker))
    expect(fixed.status, fixed.body).toBe(200)
    expect(fixed.body).toContain(marker)
    expect(await renderPage(dev.vite, '/src/Doc.svx')).toContain(`<p>${marker}</p>`)
    const other = await fetch(`${dev.url}/src/Page.svx?import`)
    expect(other.status).toBe(200)
  }

  function expectOverlay(overlay: HmrPayload | undefined, line: number) {
    const err = overlay?.err
    expect(err, 'an error payload for the overlay').toBeDefined()
    expect(err?.loc).toMatchObject({ file, line })
    expect(String(err?.frame)).toMatch(new RegExp(`^\\s*${line} \\|`, 'm'))
    return err ?? {}
  }

  it('reports an unclosed {#if} at its .svx line, then serves the fixed document', async () => {
    const broken = await save('# Title\n\nSome text.\n\n{#if x}\n\nNever closed.\n')
    expect(broken.status).toBe(500)
    const err = expectOverlay(broken.overlay, 5)
    expect(String(err.message)).toContain('`{#if}`')
    // The stable code, as a link to its page; no stack of the compiler for a document's mistake.
    expect(String(err.message)).toMatch(/\nhttps:\/\/sveltedown\.dev\/reference\/errors#[a-z_]+$/)
    expect(err.stack).toBe('')
    await expectServing('Fixed after an unclosed block.')
  })

  it('reports a throwing rehype plugin as plugin_error, then serves the fixed document', async () => {
    const broken = await save('# Title\n\nSome text.\n\nPlease explode-here.\n')
    expect(broken.status).toBe(500)
    const err = broken.overlay?.err
    expect(err, 'an error payload for the overlay').toBeDefined()
    expect(String(err?.message)).toContain('rehypeExplode')
    expect(String(err?.message)).toContain('the plugin gave up')
    expect(String(err?.message)).toMatch(/#plugin_error$/)
    expect(err?.loc).toMatchObject({ file })
    // The plugin's own stack (this file), for its author.
    expect(String(err?.stack)).toContain('dev-server-errors.test.ts')
    await expectServing('Fixed after a plugin error.')
  })

  it('reports a value the frontmatter schema rejects as frontmatter_schema at its line, then serves the fixed document', async () => {
    const broken = await save('---\ntitle: Typed\nauthor:\n  name: 42\n---\n\n# Title\n')
    expect(broken.status).toBe(500)
    const err = expectOverlay(broken.overlay, 4)
    expect(err.loc).toMatchObject({ column: 9 })
    expect(String(err.message)).toContain(
      'Unexpected value at `author.name` in frontmatter (Invalid input: expected string, received number)',
    )
    expect(String(err.message)).toMatch(/#frontmatter_schema$/)
    expect(String(err.frame)).toContain('4 |   name: 42')
    await expectServing('Fixed after a schema error.')
  })

  it('survives a rehype plugin that leaves an element without children', async () => {
    // Issue 13, item 1: the serializer must accept the node (or reject compile()'s promise);
    // an exception thrown from a callback would take the whole dev server down.
    const result = await save('# Title\n\nA page with childless-here.\n')
    if (result.status === 200) expect(result.body).toContain('childless-here')
    else expect(result.overlay?.err?.loc).toMatchObject({ file })
    await expectServing('Fixed after a childless element.')
  })

  it('reports a Svelte error in the compiled document, then serves the fixed document', async () => {
    const broken = await save('# Title\n\nSome text.\n\nValue: {a +}\n')
    expect(broken.status).toBe(500)
    expectOverlay(broken.overlay, 5)
    await expectServing('Fixed after a Svelte error.')
  })

  it('logged each error once and nothing else', () => {
    const logs = dev.logs.join('\n')
    expect(logs).not.toMatch(/uncaught|unhandled/i)
  })
})
