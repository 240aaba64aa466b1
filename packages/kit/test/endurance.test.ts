import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyApp } from './utils/copy-app.js'
import { type DevServer, startDevServer } from './utils/dev-server.js'
import { heapAfterGc } from './utils/heap-after-gc.js'
import { renderPage } from './utils/render-page.js'

const edits = 1000
const batch = 100

/** The document after edit `n`: its prose and its code block change with every edit. */
function document(n: number): string {
  return [
    '---',
    'title: Endurance',
    '---',
    '',
    '# Endurance',
    '',
    `Edit number ${n}: endurance-marker-${n}.`,
    '',
    '```js',
    `const edit = ${n}`,
    "console.log('edit', edit)",
    '```',
    '',
  ].join('\n')
}

const layout = `<script>
  let { children, title } = $props()
</script>

<article class="layout-marker"><header>{title}</header>{@render children?.()}</article>
`

describe('a dev server through 1,000 edits of a document with a layout and Shiki code', () => {
  let root: string
  let dev: DevServer
  let file: string
  let lastChange = 0

  beforeAll(async () => {
    root = copyApp()
    file = path.join(root, 'src/Doc.svx')
    fs.writeFileSync(path.join(root, 'src/Layout.svelte'), layout)
    fs.writeFileSync(file, document(0))
    // The persistent cache in a folder of its own: the app's node_modules is a link to ours, and
    // a folder inside the app would be watched (a watcher per entry, growing with every edit).
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-cache-'))
    dev = await startDevServer(root, {
      layout: './src/Layout.svelte',
      cache: { dir: cacheDir },
    })
    dev.vite.watcher.on('change', () => (lastChange = performance.now()))
  })

  afterAll(async () => {
    await dev?.close()
  })

  /** What the browser does: load the module, and load it again when HMR says it changed. */
  async function load(query: string) {
    const response = await fetch(`${dev.url}/src/Doc.svx?import${query}`)
    const code = await response.text()
    expect(response.status, code).toBe(200)
    return code
  }

  /** Save the document as an editor would, and wait for the watcher's HMR update of it. */
  async function edit(n: number) {
    const update = dev.hmr.next(
      (payload) =>
        payload.type === 'full-reload' ||
        (payload.type === 'update' &&
          (payload.updates ?? []).some((update) => update.path === '/src/Doc.svx')),
    )
    // Vite's watcher (chokidar) drops a change that comes within 50 ms of the previous one for
    // the same file; a person does not save that fast.
    const wait = lastChange + 60 - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    dev.hmr.drain()
    fs.writeFileSync(file, document(n))
    const payload = await update.catch((error) => {
      throw new Error(`edit ${n}: ${error.message}`)
    })
    const timestamp = payload.updates?.[0]?.timestamp ?? Date.now()
    const code = await load(`&t=${timestamp}`)
    expect(code).toContain(`endurance-marker-${n}`)
  }

  it('shows the latest edit after each batch, and memory after GC stays level', async () => {
    const started = performance.now()
    expect(await load('')).toContain('endurance-marker-0')
    const page = await renderPage(dev.vite, '/src/Doc.svx')
    expect(page).toContain('<article class="layout-marker"><header>Endurance</header>')

    const heap: Record<number, number> = {}
    const times: number[] = []
    for (let n = 1; n <= edits; n++) {
      await edit(n)
      if (n % batch !== 0) continue
      const body = await renderPage(dev.vite, '/src/Doc.svx')
      expect(body).toContain(`<p>Edit number ${n}: endurance-marker-${n}.</p>`)
      expect(body).toContain('<article class="layout-marker">')
      // Shiki's markup, with the number of this edit in it.
      expect(body).toMatch(/<pre class="shiki[^"]*"/)
      expect(body).toContain(`> ${n}</span>`)
      times.push(performance.now() - started)
      if (n === batch || n === edits) heap[n] = await heapAfterGc()
    }

    const first = heap[batch] ?? 0
    const last = heap[edits] ?? 0
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
    console.info(
      `endurance: heap after GC ${mb(first)} MB after ${batch} edits, ${mb(last)} MB after ${edits}` +
        ` (${((last / first - 1) * 100).toFixed(1)}%); ${edits} edits in ${(
          (times.at(-1) ?? 0) / 1000
        ).toFixed(1)} s`,
    )
    expect(last).toBeLessThanOrEqual(first * 1.15)
    expect(dev.logs.join('\n')).not.toMatch(/error/i)
  })
})
