import type { Document } from './load-corpus.ts'

export interface Pipeline {
  name: string
  run(source: string, path: string): Promise<unknown> | unknown
  runAll?(documents: Document[]): Promise<unknown>
}

export interface Measurement {
  name: string
  /** Median time of one pass over all documents, in milliseconds. */
  median: number
  docsPerSecond: number
  /** The first timed pass, before any warm-up (setup and lazy loading included). */
  first: number
}

/**
 * Time each pipeline over all documents, interleaving the pipelines pass by pass after warm-up
 * passes, so a noisy machine affects them alike. Each pass starts with the next pipeline, so
 * none always runs right after the same one (and pays for its garbage). Reports the median pass.
 */
export async function measure(
  pipelines: Pipeline[],
  documents: Document[],
  { warmup = 2, passes = 7 }: { warmup?: number | undefined; passes?: number | undefined } = {},
): Promise<Measurement[]> {
  const times = new Map<string, number[]>(pipelines.map((pipeline) => [pipeline.name, []]))
  const first = new Map<string, number>()
  for (let pass = 0; pass < warmup + passes; pass++) {
    const order = [
      ...pipelines.slice(pass % pipelines.length),
      ...pipelines.slice(0, pass % pipelines.length),
    ]
    for (const pipeline of order) {
      const start = performance.now()
      if (pipeline.runAll) await pipeline.runAll(documents)
      else for (const document of documents) await pipeline.run(document.value, document.path)
      const elapsed = performance.now() - start
      if (pass === 0) first.set(pipeline.name, elapsed)
      if (pass >= warmup) times.get(pipeline.name)?.push(elapsed)
    }
  }
  return pipelines.map((pipeline) => {
    const sorted = [...(times.get(pipeline.name) ?? [])].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
    return {
      name: pipeline.name,
      median,
      docsPerSecond: (documents.length / median) * 1000,
      first: first.get(pipeline.name) ?? Number.NaN,
    }
  })
}
