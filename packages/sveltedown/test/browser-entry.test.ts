import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../../test-utils/launch-chromium.js'

const root = path.resolve(import.meta.dirname, 'browser-entry')
const origin = 'http://sveltedown.test'
let outDir = ''
let chunks: Array<{ fileName: string; code: string }> = []
let browser: Awaited<ReturnType<typeof launchChromium>>
const errors: string[] = []
// Files the page fetched, by path.
const fetched: string[] = []

type Page = Awaited<ReturnType<typeof browser.context.newPage>>
let page: Page

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-browser-entry-'))
  // The browser build of the compiler, bundled by Vite for the browser as an app would bundle it.
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  })
  chunks = fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      fileName: file,
      code: fs.readFileSync(path.join(outDir, 'assets', file), 'utf8'),
    }))
  browser = await launchChromium()
  page = await browser.context.newPage()
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.route(`${origin}/**`, (route) => {
    const file = path.join(outDir, new URL(route.request().url()).pathname)
    fetched.push(new URL(route.request().url()).pathname)
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
      return route.fulfill({ status: 404 })
    const type = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.wasm')
        ? 'application/wasm'
        : 'text/html'
    return route.fulfill({ body: fs.readFileSync(file), contentType: type })
  })
  await page.goto(`${origin}/index.html`)
  await page.waitForFunction(() => 'compile' in window)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

describe('the browser entry', () => {
  it('bundles without node:* modules, and loads Shiki languages lazily', () => {
    // A `node:` import, or Vite's stand-in for a Node module it had to leave out of a browser
    // bundle. (Grammar chunks are single lines of megabytes: no pattern here may start with `.*`.)
    const found = chunks.flatMap(({ fileName, code }) => {
      const problems: string[] = []
      if (code.includes('__vite-browser-external')) problems.push(`${fileName}: a Node module`)
      const nodeImport =
        /(?:^|\n)[ \t]*(?:import|export)\b[^\n;]*?["']node:[^"']*|import\(\s*["']node:[^"']*/.exec(
          code,
        )
      if (nodeImport) problems.push(`${fileName}: ${nodeImport[0].trim().slice(0, 120)}`)
      return problems
    })
    expect(found).toEqual([])
    // Languages are chunks of their own, fetched when a fence needs them.
    expect(chunks.length).toBeGreaterThan(50)
  })

  it('compiles a document in Chromium: frontmatter, Svelte, highlighted code, a sourcemap', async () => {
    const result = await page.evaluate(async () => {
      const { compile } = window as unknown as {
        compile: typeof import('../src/browser.js').compile
      }
      const source =
        '---\ntitle: Hi\n---\n\n# {title}\n\n{#if true}\nShown\n{/if}\n\n```js\nconst a = 1\n```\n'
      const compiled = await compile(source, { filename: 'page.svx' })
      return {
        code: compiled.code,
        sources: compiled.map.sources,
        headings: compiled.data.headings,
      }
    })
    expect(result.code).toContain('<h1 id="hi">{title}</h1>')
    expect(result.code).toContain('{#if true}')
    expect(result.code).toMatch(/<pre class="shiki shiki-themes github-light github-dark"/)
    expect(result.code).toContain('--shiki-dark')
    expect(result.sources).toEqual(['page.svx'])
    expect(result.headings).toEqual([{ depth: 1, id: 'hi', text: 'Hi' }])
    expect(errors).toEqual([])
    // In the browser Shiki uses its JavaScript engine: Oniguruma's WebAssembly (Node's default
    // engine, a chunk of its own here) is never fetched.
    expect(chunks.some(({ fileName }) => /wasm/i.test(fileName))).toBe(true)
    expect(fetched.filter((file) => /wasm|onig/i.test(file))).toEqual([])
  })

  it('reports an error at its .svx line, and a layout as a missing file', async () => {
    const result = await page.evaluate(async () => {
      const { compile } = window as unknown as {
        compile: typeof import('../src/browser.js').compile
      }
      const caught = async (source: string, options = {}) => {
        try {
          await compile(source, { filename: 'page.svx', ...options })
          return undefined
        } catch (error) {
          const { code, start } = error as { code: string; start: { line: number } }
          return { code, line: start.line }
        }
      }
      return {
        block: await caught('# Hi\n\n{#if open}\n\ntext\n'),
        layout: await caught('# Hi\n', { layout: './Layout.svelte' }),
      }
    })
    expect(result.block).toEqual({ code: 'block_unclosed', line: 3 })
    expect(result.layout).toEqual({ code: 'component_not_found', line: 1 })
  })
})
