/**
 * The compile benchmark: the corpus through sveltedown, mdsvex (Prism, the Shiki recipe, bare),
 * @mdx-js/mdx and the bare unified pipeline, in one process, passes interleaved after a
 * warm-up; then peak memory (one process per pipeline), a cold and a warm build through the
 * persistent cache, and the scaling runs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { closeCompileWorkers } from 'sveltedown'
import { inChild } from './children.ts'
import type { DeepOutcome } from './deep-nesting.ts'
import { type Document, loadCorpus } from './load-corpus.ts'
import { type Measurement, measure } from './measure.ts'
import { createPipeline, type Pipeline, type PipelineId, pipelineIds } from './pipelines.ts'
import { type ScaleResults, scale } from './scale.ts'

export interface CompileBenchOptions {
  /** Documents of the corpus to use (default all). */
  limit?: number | undefined
  warmup?: number | undefined
  passes?: number | undefined
  pipelines?: readonly PipelineId[] | undefined
  /** Pipelines whose peak memory is measured, each in its own process (default all). */
  memory?: readonly PipelineId[] | false | undefined
  /** Cold and warm build through the persistent cache; `{ highlight: false }` for a quick one. */
  cache?: boolean | { highlight: false } | undefined
  /** Scaling runs: corpus copies, a 1 MB document, deep nesting. */
  scale?: { copies: number[]; megabytes: number; depth: number } | false | undefined
}

export interface CompileBenchResults {
  environment: { node: string; cpus: number; platform: string; date: string }
  corpus: { documents: number; bytes: number; measured: number; measuredBytes: number }
  /** Per pipeline: documents it rejected, by error code. */
  rejected: Record<string, Record<string, number>>
  /** `coldMs`: the first pass over the whole corpus, setup and lazy loading included. */
  speed: Array<Measurement & { id: PipelineId; coldMs: number; memoryMb?: number | undefined }>
  ratios: Array<{ label: string; value: number; target: string; met: boolean }>
  cache?:
    | {
        documents: number
        coldMs: number
        warmMs: number
        speedup: number
        hits: number
        errors: number
      }
    | undefined
  scale?: ScaleResults | undefined
  deep?: DeepOutcome[] | undefined
}

export async function benchCompile(
  options: CompileBenchOptions = {},
): Promise<CompileBenchResults> {
  const corpus = loadCorpus(options.limit)
  const ids = options.pipelines ?? pipelineIds
  const pipelines: Pipeline[] = []
  for (const id of ids) pipelines.push(await createPipeline(id, corpus))

  // Every pipeline sees every document once; the ones any pipeline rejects are counted and
  // left out of all, so all are measured on the same documents.
  const rejected: Record<string, Record<string, number>> = {}
  const accepted = new Set(corpus)
  const cold = new Map<string, number>()
  for (const pipeline of pipelines) {
    const counts: Record<string, number> = {}
    const reject = (document: Document, error: unknown) => {
      const code = (error as { code?: string }).code ?? (error as Error).name ?? 'error'
      counts[code] = (counts[code] ?? 0) + 1
      accepted.delete(document)
    }
    const start = performance.now()
    if (pipeline.runAll) {
      // Its own cold start: fresh workers, their own highlighters.
      const errors = await pipeline.runAll(corpus)
      errors.forEach((error, index) => {
        if (error) reject(corpus[index] as Document, error)
      })
    } else {
      for (const document of corpus) {
        try {
          await pipeline.run(document.value, document.path)
        } catch (error) {
          reject(document, error)
        }
      }
    }
    cold.set(pipeline.name, performance.now() - start)
    rejected[pipeline.name] = counts
  }
  const documents = corpus.filter((document) => accepted.has(document))

  const speed: CompileBenchResults['speed'] = (await measure(pipelines, documents, options)).map(
    (result, index) => ({
      ...result,
      id: pipelines[index]?.id as PipelineId,
      coldMs: cold.get(result.name) ?? Number.NaN,
    }),
  )
  await closeCompileWorkers()

  const memoryIds = options.memory === false ? [] : (options.memory ?? ids)
  for (const entry of speed) {
    if (!memoryIds.includes(entry.id)) continue
    const { maxRssMb } = await inChild<{ maxRssMb: number }>('memory', {
      id: entry.id,
      paths: documents.map((document) => document.path),
      passes: Math.min(3, options.passes ?? 3),
    })
    entry.memoryMb = maxRssMb
  }

  const results: CompileBenchResults = {
    environment: {
      node: process.version,
      cpus: os.availableParallelism(),
      platform: `${os.platform()} ${os.arch()}`,
      date: new Date().toISOString().slice(0, 10),
    },
    corpus: {
      documents: corpus.length,
      bytes: sum(corpus),
      measured: documents.length,
      measuredBytes: sum(documents),
    },
    rejected,
    speed,
    ratios: ratios(speed),
  }

  if (options.cache !== false) {
    results.cache = await cacheRun(corpus, options.cache === true ? {} : (options.cache ?? {}))
  }
  if (options.scale) {
    results.scale = await scale(documents, options.scale)
    results.deep = await inChild<DeepOutcome[]>('deep', { depth: options.scale.depth }, 600_000)
  }
  return results
}

/** A cold build (empty cache) and a warm rebuild, each in a fresh process, of the whole corpus. */
async function cacheRun(
  corpus: Document[],
  compileOptions: { highlight?: false },
): Promise<CompileBenchResults['cache']> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-cache-'))
  try {
    const input = { dir, paths: corpus.map((document) => document.path), options: compileOptions }
    const cold = await inChild<{ ms: number; hits: number }>('cache', input)
    const warm = await inChild<{ ms: number; hits: number; errors: number }>('cache', input)
    return {
      documents: corpus.length,
      coldMs: cold.ms,
      warmMs: warm.ms,
      speedup: cold.ms / warm.ms,
      hits: warm.hits,
      errors: warm.errors,
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function ratios(speed: CompileBenchResults['speed']): CompileBenchResults['ratios'] {
  const rate = (id: PipelineId) => speed.find((entry) => entry.id === id)
  const list: CompileBenchResults['ratios'] = []
  const ratio = (label: string, a: PipelineId, b: PipelineId, target: number, memory = false) => {
    const x = rate(a)
    const y = rate(b)
    if (!x || !y) return
    if (memory) {
      if (x.memoryMb === undefined || y.memoryMb === undefined) return
      const value = x.memoryMb / y.memoryMb
      list.push({ label, value, target: `<= ${target}`, met: value <= target })
      return
    }
    const value = x.docsPerSecond / y.docsPerSecond
    list.push({ label, value, target: `>= ${target}`, met: value >= target })
  }
  ratio('sveltedown defaults / mdsvex Shiki recipe', 'sveltedown', 'mdsvex-shiki', 1.5)
  ratio('sveltedown defaults / mdsvex defaults (Prism)', 'sveltedown', 'mdsvex', 1)
  ratio(
    'sveltedown no highlighting / unified + remark-gfm',
    'sveltedown-no-highlight',
    'unified-gfm',
    0.9,
  )
  ratio(
    'peak RSS: sveltedown defaults / mdsvex Shiki recipe',
    'sveltedown',
    'mdsvex-shiki',
    1,
    true,
  )
  ratio('peak RSS: sveltedown defaults / mdsvex defaults (Prism)', 'sveltedown', 'mdsvex', 1, true)
  ratio(
    'peak RSS: sveltedown no highlighting / mdsvex bare',
    'sveltedown-no-highlight',
    'mdsvex-bare',
    1,
    true,
  )
  return list
}

function sum(documents: Document[]): number {
  return documents.reduce((total, document) => total + Buffer.byteLength(document.value), 0)
}
