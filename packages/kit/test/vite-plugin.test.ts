import fs from 'node:fs'
import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { sveltedown as sveltedownPreprocessor } from 'sveltedown'
import { createServer, type ViteDevServer } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { sveltedown } from '../src/index.js'
import { copyApp } from './utils/copy-app.js'

const servers: ViteDevServer[] = []

/** Render with the `svelte/server` Vite loaded, the same Svelte the component was compiled for. */
async function renderWith(vite: ViteDevServer, component: unknown): Promise<string> {
  const { render } = await vite.ssrLoadModule('svelte/server')
  // Without hydration markers and scoped-style classes, to read like the page a user sees.
  return render(component)
    .body.replace(/<!--[^>]*-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+"/g, '"')
}

async function server(root: string, plugins: unknown[]) {
  const created = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: plugins as never,
    server: { middlewareMode: true, hmr: { port: 30000 + Math.floor(Math.random() * 20000) } },
    appType: 'custom',
  })
  servers.push(created)
  return created
}

afterEach(async () => {
  for (const created of servers.splice(0)) await created.close()
})

describe('sveltedown() Vite plugin', () => {
  it('compiles documents with no Svelte config: the page renders on the server', async () => {
    const root = copyApp()
    const vite = await server(root, [sveltedown(), svelte()])
    const module = await vite.ssrLoadModule('/src/Page.svx')
    expect(module.metadata).toEqual({ title: 'Maps' })
    expect(module.headings).toEqual([{ depth: 1, id: 'maps', text: 'Maps' }])
    const body = await renderWith(vite, module.default)
    expect(body).toContain('<h1 id="maps">Maps</h1>')
    expect(body).toContain('A unique sentence for sourcemaps.')
  })

  it('does not compile twice when the preprocessor is also in the Svelte config', async () => {
    const root = copyApp()
    const vite = await server(root, [
      sveltedown(),
      svelte({ extensions: ['.svelte', '.svx'], preprocess: [sveltedownPreprocessor()] }),
    ])
    const module = await vite.ssrLoadModule('/src/Page.svx')
    const body = await renderWith(vite, module.default)
    // Compiled twice, the component's markup would be read as Markdown and escaped as text.
    expect(body).toContain('<h1 id="maps">Maps</h1>')
    expect(body).not.toContain('&lt;h1')
  })

  it('reads only frontmatter and headings for `?metadata`, without compiling a component', async () => {
    const root = copyApp()
    const vite = await server(root, [sveltedown(), svelte()])
    const module = await vite.ssrLoadModule('/src/Page.svx?metadata')
    expect(module).toEqual(
      expect.objectContaining({
        metadata: { title: 'Maps' },
        headings: [{ depth: 1, id: 'maps', text: 'Maps' }],
      }),
    )
    expect(module.default).toBeUndefined()
    const transformed = await vite.transformRequest('/src/Page.svx?metadata', { ssr: true })
    expect(transformed?.code).not.toContain('svelte/internal')
  })

  it('keeps compiled documents in the persistent cache, unless it is off', async () => {
    const root = copyApp()
    const dir = path.join(root, '.sveltedown-cache')
    const first = await server(root, [sveltedown({ cache: { dir } }), svelte()])
    await first.ssrLoadModule('/src/Page.svx')
    const entries = fs
      .readdirSync(dir, { recursive: true })
      .filter((file) => String(file).endsWith('.json'))
    expect(entries.length).toBeGreaterThan(0)

    // Off: a new document is compiled and nothing is written to the default folder.
    const defaultDir = path.join(root, 'node_modules/.cache/sveltedown')
    const count = () =>
      fs.existsSync(defaultDir) ? fs.readdirSync(defaultDir, { recursive: true }).length : 0
    const before = count()
    fs.writeFileSync(path.join(root, 'src/Other.svx'), `# Other ${Date.now()}\n`)
    const second = await server(root, [sveltedown({ cache: false }), svelte()])
    const other = await second.ssrLoadModule('/src/Other.svx')
    expect(other.headings[0]?.text).toMatch(/^Other \d+$/)
    expect(count()).toBe(before)
  })

  it('recompiles a document when its layout changes (the layout is a dependency)', async () => {
    const root = copyApp()
    fs.writeFileSync(
      path.join(root, 'src/Layout.svelte'),
      '<script module>export { default as h1 } from "./Title.svelte"</script>\n<script>let { children } = $props()</script>\n<main>{@render children?.()}</main>\n',
    )
    fs.writeFileSync(
      path.join(root, 'src/Title.svelte'),
      '<script>let { children, ...rest } = $props()</script>\n<h1 class="title" {...rest}>{@render children?.()}</h1>\n',
    )
    const vite = await server(root, [sveltedown({ layout: './src/Layout.svelte' }), svelte()])
    const first = await vite.ssrLoadModule('/src/Page.svx')
    expect(await renderWith(vite, first.default)).toContain('<h1 class="title" id="maps">Maps</h1>')

    // The layout stops replacing `h1`: the document's compiled output must change with it.
    fs.writeFileSync(
      path.join(root, 'src/Layout.svelte'),
      '<script>let { children } = $props()</script>\n<main>{@render children?.()}</main>\n',
    )
    // Vite's watcher reports the change; the plugin invalidates the documents that use the layout.
    vite.watcher.emit('change', path.join(root, 'src/Layout.svelte'))
    await expect
      .poll(
        () =>
          [...(vite.moduleGraph.getModulesByFile(path.join(root, 'src/Page.svx')) ?? [])][0]
            ?.ssrTransformResult,
      )
      .toBeNull()
    const second = await vite.ssrLoadModule('/src/Page.svx')
    expect(await renderWith(vite, second.default)).toContain('<h1 id="maps">Maps</h1>')
  })
})
