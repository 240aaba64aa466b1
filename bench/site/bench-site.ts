/**
 * The site benchmark: the corpus as a site built four ways (see write-site.ts), cold (no
 * caches) and warm (a second build, caches kept), in fresh processes on Node 22; the dev
 * server of each; sveltedown's recompile after a one-line edit; and one cold compile pass per
 * pipeline in a fresh process. Every figure comes with the load average when it was taken.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { benchCompile } from '../compile/bench-compile.ts'
import { type BuildMeasurement, buildSite } from './build-site.ts'
import { type ColdPipeline, coldPipelines } from './cold-pass.ts'
import { type DevMeasurement, measureDev } from './dev-site.ts'
import { type EditCompile, measureEditCompile } from './edit-compile.ts'
import { concatenatedPage, type Page, readCorpus, selectPages } from './select-pages.ts'
import { type Way, ways, writeSite } from './write-site.ts'

const run = promisify(execFile)

export interface SiteBenchOptions {
  corpus: string
  /** Use the first `limit` documents of the corpus. */
  limit?: number | undefined
  ways?: readonly Way[] | undefined
  /** Builds per way and kind (cold, warm): the best counts. */
  runs?: number | undefined
  node: string
  parts?: ReadonlyArray<'builds' | 'dev' | 'edit' | 'cold' | 'replay'> | undefined
  /** Where the sites are written (a temporary folder by default). */
  workDir?: string | undefined
}

export interface SiteBenchResults {
  environment: { node: string; cpus: number; date: string }
  pages: number
  leftOut: number
  bytes: number
  builds: Array<{ way: Way; cold: BuildMeasurement[]; warm: BuildMeasurement[] }>
  dev: Array<{ way: Way } & DevMeasurement>
  edit: EditCompile[]
  cold: Array<{
    pipeline: ColdPipeline
    runs: Array<{ cpuMs: number; wallMs: number; load: number }>
  }>
  /** The compile benchmark's warm passes: defaults (blocks replayed) and `highlight: false`. */
  replay?: { defaultsMs: number; noHighlightMs: number; load: number } | undefined
}

export const largePageSlug = 'large-page'

export async function benchSite(options: SiteBenchOptions): Promise<SiteBenchResults> {
  const parts = options.parts ?? ['builds', 'dev', 'edit', 'cold', 'replay']
  const corpus = readCorpus(options.corpus).slice(0, options.limit)
  const { pages, left } = await selectPages(corpus)
  const work = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-site-'))
  const { stdout: version } = await run(options.node, ['--version'])
  const results: SiteBenchResults = {
    environment: {
      node: version.trim(),
      cpus: os.availableParallelism(),
      date: new Date().toISOString(),
    },
    pages: pages.length,
    leftOut: left,
    bytes: pages.reduce((total, page) => total + Buffer.byteLength(page.source), 0),
    builds: [],
    dev: [],
    edit: [],
    cold: [],
  }
  const selectedWays = options.ways ?? ways
  const runs = options.runs ?? 2

  if (parts.includes('builds')) {
    for (const way of selectedWays) {
      const directory = path.join(work, way)
      writeSite(directory, way, pages)
      const entry = { way, cold: [] as BuildMeasurement[], warm: [] as BuildMeasurement[] }
      for (let round = 0; round < runs; round++) {
        entry.cold.push(await buildSite(directory, way, options.node, { cold: true }))
        entry.warm.push(await buildSite(directory, way, options.node, { cold: false }))
        log(
          `${way} build ${round + 1}: cold ${ms(entry.cold.at(-1))}, warm ${ms(entry.warm.at(-1))}`,
        )
      }
      results.builds.push(entry)
    }
  }

  // A page of about 20 KB from the corpus and one of about 200 KB made of corpus pages.
  const medium = [...pages].sort(
    (a, b) =>
      Math.abs(Buffer.byteLength(a.source) - 20_480) -
      Math.abs(Buffer.byteLength(b.source) - 20_480),
  )[0] as Page
  const large = concatenatedPage(pages, 200 * 1024, largePageSlug)

  if (parts.includes('dev')) {
    for (const way of selectedWays) {
      const directory = path.join(work, `${way}-dev`)
      writeSite(directory, way, [...pages, large])
      const measured = await measureDev(directory, way, options.node, medium.slug, [
        medium.slug,
        largePageSlug,
      ])
      results.dev.push({ way, ...measured })
      log(
        `${way} dev: ready ${measured.readyMs.toFixed(0)} ms, first page ${measured.firstPageMs.toFixed(0)} ms`,
      )
    }
  }

  if (parts.includes('edit')) {
    for (const page of [medium, large]) {
      results.edit.push(await measureEditCompile(page.source, `src/routes/${page.slug}/+page.svx`))
    }
  }

  if (parts.includes('cold')) {
    const list = path.join(work, 'pages.json')
    fs.writeFileSync(list, JSON.stringify(pages))
    for (const pipeline of coldPipelines) results.cold.push({ pipeline, runs: [] })
    // Alternated, one fresh process each.
    for (let round = 0; round < runs; round++) {
      for (const entry of results.cold) {
        const load = os.loadavg()[0] ?? 0
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', path.join(import.meta.dirname, 'cold-pass.ts'), entry.pipeline, list],
          {
            cwd: path.resolve(import.meta.dirname, '..'),
            maxBuffer: 64 * 1024 * 1024,
            timeout: 900_000,
          },
        )
        entry.runs.push({
          ...(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
            cpuMs: number
            wallMs: number
          }),
          load,
        })
      }
    }
  }
  if (parts.includes('replay')) {
    const load = os.loadavg()[0] ?? 0
    const { speed } = await benchCompile({
      pipelines: ['sveltedown', 'sveltedown-no-highlight'],
      memory: false,
      cache: false,
      scale: false,
      warmup: 2,
      passes: 7,
      ...(options.limit === undefined ? {} : { limit: options.limit }),
    })
    const median = (id: string) => speed.find((entry) => entry.id === id)?.median ?? Number.NaN
    results.replay = {
      defaultsMs: median('sveltedown'),
      noHighlightMs: median('sveltedown-no-highlight'),
      load,
    }
  }
  if (!options.workDir) fs.rmSync(work, { recursive: true, force: true })
  return results
}

function ms(measurement: BuildMeasurement | undefined): string {
  return measurement
    ? `${measurement.wallMs.toFixed(0)} ms (load ${measurement.load.toFixed(1)})`
    : '-'
}

function log(message: string) {
  process.stderr.write(`${message}\n`)
}
