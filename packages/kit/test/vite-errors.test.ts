import fs from 'node:fs'
import path from 'node:path'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { build, createLogger, createServer, type InlineConfig, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { sveltedown } from '../src/index.js'
import { copyApp } from './utils/copy-app.js'

const broken = {
  // An invalid expression: Svelte's parser stops at the `}`.
  expression: {
    source: '# Title\n\nSome text.\n\nValue: {a +}\n',
    line: 5,
    column: 12,
    code: 'js_parse_error',
  },
  // A duplicate attribute on an HTML element written in the document.
  attribute: {
    source: '# Title\n\n<div class="a" class="b">\ntext\n</div>\n',
    line: 3,
    column: 16,
    code: 'attribute_duplicate',
  },
}

function config(
  root: string,
  logs: string[] = [],
  extra: Partial<InlineConfig> = {},
): InlineConfig {
  const logger = createLogger('warn', { allowClearScreen: false })
  logger.warn = (message) => logs.push(message)
  logger.error = (message) => logs.push(message)
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
    plugins: [sveltedown(), svelte()],
    ...extra,
  }
}

describe('Svelte errors through a Vite dev server', () => {
  let root: string
  let server: ViteDevServer
  let port: number

  beforeAll(async () => {
    root = copyApp()
    server = await createServer(
      config(root, [], { server: { host: '127.0.0.1', port: 0, strictPort: false } }),
    )
    await server.listen()
    const address = server.httpServer?.address()
    port = typeof address === 'object' && address ? address.port : 0
  })

  afterAll(async () => {
    await server?.close()
  })

  /** Request a module and read the error payload the overlay receives over the HMR socket. */
  async function overlayPayload(file: string) {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr')
    await new Promise((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('error', reject)
    })
    const payload = new Promise<Record<string, unknown>>((resolve) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data))
        if (message.type === 'error') resolve(message.err)
      })
    })
    const response = await fetch(`http://127.0.0.1:${port}/src/${file}?import`)
    expect(response.status).toBe(500)
    const err = await payload
    socket.close()
    return err
  }

  for (const [name, document] of Object.entries(broken)) {
    it(`shows ${name} errors at the .svx line and column in the overlay`, async () => {
      const file = `Broken-${name}.svx`
      fs.writeFileSync(path.join(root, 'src', file), document.source)
      const err = await overlayPayload(file)
      const filename = path.join(root, 'src', file)
      expect(err.loc).toEqual({ file: filename, line: document.line, column: document.column })
      expect(String(err.message)).toContain(`${filename}:${document.line}:${document.column} `)
      const line = document.source.split('\n')[document.line - 1]
      expect(String(err.frame)).toContain(`${document.line} | ${line}`)
      expect(String(err.frame)).toMatch(new RegExp(`\\n\\s+\\| {${document.column}}\\^`))
    })
  }

  it('keeps serving after an error, and serves the document once it is fixed', async () => {
    const file = path.join(root, 'src', 'Broken-expression.svx')
    fs.writeFileSync(file, '# Fixed\n\nValue: {1 + 1}\n')
    const response = await fetch(
      `http://127.0.0.1:${port}/src/Broken-expression.svx?import&t=${Date.now()}`,
    )
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Fixed')
  })
})

describe('vite build', () => {
  it('throws Svelte errors at the .svx line and column', async () => {
    const root = copyApp()
    fs.writeFileSync(path.join(root, 'src/Page.svx'), broken.expression.source)
    const thrown = await build(config(root, [], { build: { write: false } })).catch((e) => e)
    expect(thrown).toBeInstanceOf(Error)
    const filename = path.join(root, 'src/Page.svx')
    const position = `${filename}:${broken.expression.line}:${broken.expression.column}`
    // Rolldown gathers plugin errors; the message printed to the terminal names the .svx place.
    expect(thrown.message).toContain(position)
    expect(thrown.message).toContain('5 | Value: {a +}')
    const [error] = thrown.errors ?? [thrown]
    expect(error.loc).toMatchObject({
      file: filename,
      line: broken.expression.line,
      column: broken.expression.column,
    })
    expect(error.frame).toContain('5 | Value: {a +}')
  })

  it('reports warnings at the .svx line', async () => {
    const root = copyApp()
    fs.writeFileSync(
      path.join(root, 'src/Page.svx'),
      '# Images\n\nText first.\n\n<img src="/a.png">\n',
    )
    const warnings: Array<{
      code: string
      start?: { line: number; column: number }
      frame?: string
    }> = []
    await build({
      ...config(root),
      plugins: [sveltedown(), svelte({ onwarn: (warning) => warnings.push(warning as never) })],
      build: { write: false },
    })
    const missingAlt = warnings.find((warning) => warning.code === 'a11y_missing_attribute')
    expect(missingAlt?.start).toMatchObject({ line: 5, column: 0 })
    expect(missingAlt?.frame).toContain('5 | <img src="/a.png">')
  })

  it('emits maps that lead from the client bundle back to the .svx, with no SOURCEMAP_BROKEN', async () => {
    const root = copyApp()
    const logs: string[] = []
    await build(
      config(root, logs, {
        build: { sourcemap: true, outDir: path.join(root, 'dist'), minify: false },
      }),
    )
    expect(logs.join('\n')).not.toContain('SOURCEMAP_BROKEN')
    expect(logs.join('\n')).not.toMatch(/sourcemap/i)

    const assets = path.join(root, 'dist/assets')
    const bundle = fs.readdirSync(assets).find((file) => file.endsWith('.js'))
    if (!bundle) throw new Error('no bundle')
    const code = fs.readFileSync(path.join(assets, bundle), 'utf8')
    const map = new TraceMap(
      JSON.parse(fs.readFileSync(path.join(assets, `${bundle}.map`), 'utf8')),
    )
    const source = fs.readFileSync(path.join(root, 'src/Page.svx'), 'utf8').split('\n')

    // The document's own code sits after its script statement in the bundle.
    const page = code.indexOf('sveltedown-script-marker')
    for (const [snippet, inSource] of [
      // A statement of the document's script.
      ['sveltedown-script-marker', 'sveltedown-script-marker'],
      // An expression in the markup: `onclick={() => count++}` compiles to an update of `count`.
      ['update(count)', 'count++'],
    ] as const) {
      const index = code.indexOf(snippet, page)
      expect(index, snippet).toBeGreaterThan(-1)
      const before = code.slice(0, index)
      const traced = originalPositionFor(map, {
        line: before.split('\n').length,
        column: index - before.lastIndexOf('\n') - 1,
      })
      expect(String(traced.source), snippet).toMatch(/src\/Page\.svx$/)
      const expectedLine = source.findIndex((line) => line.includes(inSource)) + 1
      expect(traced.line, snippet).toBe(expectedLine)
    }
  })
})
