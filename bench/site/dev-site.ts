/**
 * The dev server of a written site, in a fresh process: the time until it answers, the time to
 * the first response of a page, and after a one-line edit of a page, the time until the dev
 * server serves the page's module compiled again (file watcher, compile, Svelte or Astro).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { removeCaches } from './build-site.ts'
import { editLine } from './edit-line.ts'
import { pagePath, type Way } from './write-site.ts'

const benchModules = path.resolve(import.meta.dirname, '../node_modules')

export interface DevMeasurement {
  load: number
  /** From starting the process to the first answer of the server. */
  readyMs: number
  /** The first request of a page (its compile and render), once the server answers. */
  firstPageMs: number
  /** Per edited page: time from writing the edit to the module served with it (best of runs). */
  edits: Array<{ slug: string; kib: number; ms: number; runs: number[] }>
}

export async function measureDev(
  directory: string,
  way: Way,
  node: string,
  firstPage: string,
  edited: string[],
  runs = 3,
): Promise<DevMeasurement> {
  removeCaches(directory)
  const port = 20000 + Math.floor(Math.random() * 20000)
  const script =
    way === 'astro'
      ? path.join(benchModules, 'astro/bin/astro.mjs')
      : path.join(benchModules, 'vite/bin/vite.js')
  const load = os.loadavg()[0] ?? 0
  const started = performance.now()
  const child = spawn(node, [script, 'dev', '--port', String(port)], {
    cwd: directory,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${port}`
  try {
    await waitFor(
      async () => (await fetch(`${base}/__nothing`).catch(() => undefined)) !== undefined,
      child,
      () => output,
    )
    const readyMs = performance.now() - started
    const pageStart = performance.now()
    const response = await fetch(`${base}/${firstPage}`)
    await response.text()
    if (!response.ok) throw new Error(`${way}: /${firstPage} answered ${response.status}`)
    const firstPageMs = performance.now() - pageStart

    const edits: DevMeasurement['edits'] = []
    for (const slug of edited) {
      const file = path.join(directory, pagePath(way, slug))
      const original = fs.readFileSync(file, 'utf8')
      // `?import`: the module as the page imports it, compiled (without it, Vite serves the file).
      const url = `${base}/${pagePath(way, slug)}?import`
      // The page and its module compiled once before, as while someone is writing it.
      await (await fetch(`${base}/${slug}`)).text()
      await (await fetch(url)).text()
      const times: number[] = []
      for (let round = 0; round < runs; round++) {
        const marker = `zqedit${round}x${Date.now().toString(36)}`
        const start = performance.now()
        fs.writeFileSync(file, editLine(original, marker, 0.3 + round * 0.2))
        await waitFor(
          async () => (await (await fetch(url)).text()).includes(marker),
          child,
          () => output,
          5,
        )
        times.push(performance.now() - start)
      }
      fs.writeFileSync(file, original)
      edits.push({
        slug,
        kib: Buffer.byteLength(original) / 1024,
        ms: Math.min(...times),
        runs: times,
      })
    }
    return { load, readyMs, firstPageMs, edits }
  } finally {
    child.kill()
  }
}

async function waitFor(
  check: () => Promise<boolean>,
  child: ChildProcess,
  output: () => string,
  interval = 50,
  timeout = 300_000,
) {
  const start = performance.now()
  while (performance.now() - start < timeout) {
    if (child.exitCode !== null) throw new Error(`dev server exited:\n${output().slice(-3000)}`)
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
  throw new Error(`timed out:\n${output().slice(-3000)}`)
}
