import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import {
  buildApp,
  gzipSize,
  measureSsr,
  measureStreaming,
  type StreamResult,
  workDir,
} from './measure.ts'
import { chatDocument, chunk } from './stream-document.ts'

const corpusRoot = path.resolve(import.meta.dirname, '../../../shared/corpus')
const appsRoot = path.resolve(import.meta.dirname, 'apps')

export interface BenchOptions {
  /** How many corpus documents to render (all when undefined). */
  documents?: number
  ssrRounds: number
  streamBytes: number
  streamChunks: number
  /** Build the three size apps. */
  sizes: boolean
  /** Measure the whole-document renderers on every n-th state of the stream (see measureStreaming). */
  strideOfFullRenders?: number
}

export interface BenchResults {
  ssr: Record<string, { docsPerSecond: number; msPerDoc: number }>
  streaming: Record<string, StreamResult>
  /** Rows measured in the same page to explain the per-update times (see `anchorRows`). */
  anchors: Record<string, StreamResult>
  sizes: Record<string, { raw: number; gzip: number }>
  corpus: { documents: number; bytes: number }
  stream: { bytes: number; chunks: number }
  /** The machine's load average (1, 5, 15 minutes) before and after: others share its cores. */
  load: { start: number[]; end: number[] }
}

/**
 * Measured after the libraries, in the same page and rhythm: `sveltedown-parse-only` is the
 * renderer's update without Svelte or the DOM (the parse share of an update), `fixed-work` a task
 * of constant size (about 1 ms) whose p95 against its p50 is the spread the machine adds.
 */
export const anchorRows = ['sveltedown-parse-only', 'fixed-work']

export const streamingLibraries = [
  'sveltedown-streaming',
  'sveltedown-full',
  'svelte-exmarkdown',
  '@humanspeak/svelte-markdown',
]

/** All three measurements in one run. */
export async function benchRender(options: BenchOptions): Promise<BenchResults> {
  const work = workDir()
  const start = loadavg()
  try {
    const files = readdirSync(corpusRoot, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .sort()
      .slice(0, options.documents)
    const documents = files.map((file) => readFileSync(path.join(corpusRoot, file), 'utf8'))
    const ssr = await measureSsr(documents, options.ssrRounds, work)

    const source = chatDocument(options.streamBytes)
    const chunks = chunk(source, options.streamChunks)
    const stride = options.strideOfFullRenders ?? 1
    const measured = await measureStreaming(chunks, [...streamingLibraries, ...anchorRows], work, {
      'sveltedown-full': stride,
      'svelte-exmarkdown': stride,
    })
    const pick = (names: string[]) =>
      Object.fromEntries(names.map((name) => [name, measured[name]!]))
    const streaming = pick(streamingLibraries)
    const anchors = pick(anchorRows)

    const sizes: BenchResults['sizes'] = {}
    if (options.sizes) {
      for (const app of ['sveltedown', 'exmarkdown', 'humanspeak']) {
        sizes[app] = gzipSize(
          await buildApp(path.join(appsRoot, app), path.join(work, `size-${app}`)),
        )
      }
    }
    return {
      ssr,
      streaming,
      anchors,
      sizes,
      corpus: { documents: documents.length, bytes: documents.join('').length },
      stream: { bytes: source.length, chunks: chunks.length },
      load: { start, end: loadavg() },
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
const loads = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ')
const ms = (value: number) => value.toFixed(value < 1 ? 3 : 1)

/** The results as the Markdown report in bench/results/render.md. */
export function formatReport(results: BenchResults, when: string): string {
  const full = results.streaming['sveltedown-full']!.cpuMs
  const streamed = results.streaming['sveltedown-streaming']!.cpuMs
  const exmarkdown = results.streaming['svelte-exmarkdown']!.cpuMs
  const humanspeak = results.streaming['@humanspeak/svelte-markdown']!.cpuMs
  const ours = results.streaming['sveltedown-streaming']!
  const strided = Object.entries(results.streaming).filter(([, value]) => value.stride > 1)
  const lines = [
    '# @sveltedown/render benchmark',
    '',
    `Run ${when} on ${process.platform}, Node ${process.version}, Chromium (Debian) headless; \`pnpm bench\`.`,
    `Load average (1, 5, 15 min) ${loads(results.load.start)} at the start, ${loads(results.load.end)} at the end.`,
    '',
    `## SSR throughput (${results.corpus.documents} corpus documents, ${kb(results.corpus.bytes)} KB, GFM on)`,
    '',
    '| renderer | docs/s | ms/doc |',
    '| --- | ---: | ---: |',
    ...Object.entries(results.ssr).map(
      ([name, value]) => `| ${name} | ${value.docsPerSecond.toFixed(0)} | ${ms(value.msPerDoc)} |`,
    ),
    '',
    `## Streaming: a ${kb(results.stream.bytes)} KB document in ${results.stream.chunks} chunks (Chromium, production build)`,
    '',
    "CPU is the main thread's total task time over the stream; per update is the synchronous time",
    'to apply one chunk and lay it out (apply alone: parse and DOM update, before layout).',
    ...(strided.length > 0
      ? [
          '',
          `${strided.map(([name]) => name).join(' and ')} re-render the whole document on every update, so they were`,
          `measured on every ${strided[0]![1].stride}th state of the stream only, and their total CPU multiplied by ${strided[0]![1].stride} (an estimate of the`,
          'full stream; their per-update times are for those larger steps).',
        ]
      : []),
    '',
    '| renderer | updates | total CPU ms | mean ms/update | p95 ms/update | p95 apply ms | rendered text chars |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(results.streaming).map(
      ([name, value]) =>
        `| ${name} | ${value.updates} | ${value.cpuMs.toFixed(0)} | ${ms(value.meanMs)} | ${ms(value.p95Ms)} | ${ms(value.applyP95Ms)} | ${value.textLength} |`,
    ),
    '',
    `Streaming mode is **${(full / streamed).toFixed(1)}x** cheaper in total than re-rendering the whole document per chunk,`,
    `**${(exmarkdown / streamed).toFixed(1)}x** cheaper than svelte-exmarkdown (target: 10x) and`,
    `**${(humanspeak / streamed).toFixed(1)}x** cheaper than @humanspeak/svelte-markdown (target: 2x).`,
    `Its p95 per update is ${ms(ours.p95Ms)} ms with layout, ${ms(ours.applyP95Ms)} ms to apply (target: under 2 ms).`,
    '',
    '### What bounds the p95',
    '',
    'Rows measured in the same page after the libraries, with the same rhythm (one task per chunk):',
    "the streaming renderer's update alone (no Svelte, no DOM), and a task of constant size.",
    '',
    '| row | mean ms | p50 ms | p95 ms | p95 / p50 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[['sveltedown-streaming (apply + layout)', ours], ...Object.entries(results.anchors)].map(
      ([name, value]) => {
        const row = value as StreamResult
        const ratio = row.p50Ms > 0 ? (row.p95Ms / row.p50Ms).toFixed(1) : '-'
        return `| ${name} | ${ms(row.meanMs)} | ${ms(row.p50Ms)} | ${ms(row.p95Ms)} | ${ratio} |`
      },
    ),
    '',
    `A task that always does the same ~${ms(results.anchors['fixed-work']!.p50Ms)} ms of work measured`,
    `${ms(results.anchors['fixed-work']!.p95Ms)} ms at p95 here: the machine's share of any update's p95.`,
    'Timer resolution in the page is 0.1 ms.',
    '',
    'Per-update times include a forced layout. Chromium lays out every child of a container again',
    'when the last one changes, so `<Markdown>` puts the blocks after the 64th in `<div>`s of 16, and',
    'those in `<div>`s of 16 (about 1,200 blocks at 100 KB). @humanspeak/svelte-markdown defers most',
    'of its work to later tasks, so its per-update times leave it out; its total CPU counts it.',
    'Times are CPU on a shared machine: compare the rows of one run, not runs.',
    '',
  ]
  if (Object.keys(results.sizes).length > 0) {
    lines.push(
      '## Bundle size of a minimal Vite app with GFM (all JS, Svelte runtime included)',
      '',
      '| app | raw KB | gzip KB |',
      '| --- | ---: | ---: |',
      ...Object.entries(results.sizes).map(
        ([name, value]) => `| ${name} | ${kb(value.raw)} | ${kb(value.gzip)} |`,
      ),
      '',
    )
  }
  return lines.join('\n')
}
