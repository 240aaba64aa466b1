import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { build } from 'vite'
import { launchChromium } from '../../test-utils/launch-chromium.ts'

const here = import.meta.dirname
const quiet = { configFile: false as const, logLevel: 'silent' as const, mode: 'production' }

/** Build a Vite app for the browser, production mode, and return its output folder. */
export async function buildApp(root: string, outDir: string): Promise<string> {
  await build({ ...quiet, root, plugins: [svelte()], build: { outDir, emptyOutDir: true } })
  return outDir
}

/** Gzipped size (level 9) of all the JavaScript an app loads, in bytes. */
export function gzipSize(outDir: string): { raw: number; gzip: number } {
  let raw = 0
  let gzip = 0
  for (const file of readdirSync(path.join(outDir, 'assets'))) {
    if (!file.endsWith('.js')) continue
    const bytes = readFileSync(path.join(outDir, 'assets', file))
    raw += bytes.length
    gzip += gzipSync(bytes, { level: 9 }).length
  }
  return { raw, gzip }
}

/** SSR throughput: every document rendered by each library, `rounds` times, after a warm-up. */
export async function measureSsr(
  documents: string[],
  rounds: number,
  work: string,
): Promise<Record<string, { docsPerSecond: number; msPerDoc: number }>> {
  const outDir = path.join(work, 'ssr')
  await build({
    ...quiet,
    root: here,
    plugins: [svelte()],
    build: { ssr: path.join(here, 'ssr-entry.ts'), outDir, emptyOutDir: true },
    ssr: { noExternal: true },
  })
  const module = (await import(path.join(outDir, 'ssr-entry.js'))) as {
    renderers: Record<string, (source: string) => string>
  }
  const results: Record<string, { docsPerSecond: number; msPerDoc: number }> = {}
  for (const [name, renderer] of Object.entries(module.renderers)) {
    for (const source of documents) renderer(source)
    const start = performance.now()
    for (let round = 0; round < rounds; round++) for (const source of documents) renderer(source)
    const elapsed = performance.now() - start
    const count = rounds * documents.length
    results[name] = { docsPerSecond: (count / elapsed) * 1000, msPerDoc: elapsed / count }
  }
  return results
}

export interface StreamResult {
  /**
   * Main-thread CPU time for the whole stream (Chromium's TaskDuration), ms. With a `stride`,
   * the measured time times the stride: an estimate of the whole stream's cost.
   */
  cpuMs: number
  /** Synchronous time per update (apply + layout): mean, median and 95th percentile, ms. */
  meanMs: number
  p50Ms: number
  p95Ms: number
  /** 95th percentile of the apply step alone (parse and DOM update, before layout), ms. */
  applyP95Ms: number
  /** Updates measured: every chunk, or every `stride`-th state of the stream. */
  updates: number
  stride: number
  /** Length of the rendered text at the end, to check that every library rendered it all. */
  textLength: number
}

/**
 * Stream `chunks` into each library in Chromium, production build, one library at a time.
 * `strides`: libraries that re-render the whole document on every update are measured on every
 * n-th state of the stream only (n chunks appended at once), and their CPU time multiplied by n.
 * Their cost per update grows with the document, so this estimates the full stream's cost without
 * spending tens of minutes on it.
 */
export async function measureStreaming(
  chunks: string[],
  libraries: string[],
  work: string,
  strides: Record<string, number> = {},
): Promise<Record<string, StreamResult>> {
  const outDir = await buildApp(path.join(here, 'stream-app'), path.join(work, 'stream-app'))
  const { page, context, close } = await openApp(outDir)
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const taskDuration = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return metrics.find((metric) => metric.name === 'TaskDuration')!.value * 1000
    }
    const results: Record<string, StreamResult> = {}
    for (const library of libraries) {
      const stride = strides[library] ?? 1
      const updates: string[] = []
      for (let index = 0; index < chunks.length; index += stride) {
        updates.push(chunks.slice(index, index + stride).join(''))
      }
      const before = await taskDuration()
      const { times, applyTimes, textLength } = await page.evaluate(
        ({ library, updates }) =>
          (
            window as unknown as {
              bench: {
                streamInto(
                  l: string,
                  c: string[],
                ): Promise<{ times: number[]; applyTimes: number[]; textLength: number }>
              }
            }
          ).bench.streamInto(library, updates),
        { library, updates },
      )
      const cpuMs = ((await taskDuration()) - before) * stride
      results[library] = {
        cpuMs,
        meanMs: times.reduce((sum, time) => sum + time, 0) / times.length,
        p50Ms: percentile(times, 0.5),
        p95Ms: percentile(times, 0.95),
        applyP95Ms: percentile(applyTimes, 0.95),
        updates: updates.length,
        stride,
        textLength,
      }
    }
    return results
  } finally {
    await close()
  }
}

/**
 * Serve a built app on a free local port and open it in Chromium, once its page has set up the
 * global `bench` through which the caller drives it.
 */
export async function openApp(outDir: string) {
  const server = createServer((request, response) => {
    const file = path.join(outDir, request.url === '/' ? 'index.html' : request.url!.split('?')[0]!)
    try {
      const body = readFileSync(file)
      response.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'text/html')
      response.end(body)
    } catch {
      response.statusCode = 404
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  const browser = await launchChromium()
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  try {
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => 'bench' in window)
  } catch (error) {
    await browser.close()
    server.close()
    throw error
  }
  return {
    page,
    context: browser.context,
    async close() {
      await browser.close()
      server.close()
    },
  }
}

export function percentile(times: number[], fraction: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length * fraction)] ?? 0
}

export function workDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'sveltedown-render-bench-'))
}
