export interface Pipeline {
  name: string
  run(source: string, path: string): Promise<unknown> | unknown
}

export interface Measurement {
  name: string
  /** Median time of one pass over all documents, in milliseconds. */
  median: number
  docsPerSecond: number
}

/**
 * Time each pipeline over all documents, interleaving the pipelines pass by pass after warm-up
 * passes, so a noisy machine affects them alike. Reports the median pass.
 */
export async function measure(
  pipelines: Pipeline[],
  documents: Array<{ path: string; value: string }>,
  { warmup = 2, passes = 7 } = {},
): Promise<Measurement[]> {
  const times = new Map<string, number[]>(pipelines.map((pipeline) => [pipeline.name, []]))
  for (let pass = 0; pass < warmup + passes; pass++) {
    for (const pipeline of pipelines) {
      const start = performance.now()
      for (const document of documents) await pipeline.run(document.value, document.path)
      const elapsed = performance.now() - start
      if (pass >= warmup) times.get(pipeline.name)?.push(elapsed)
    }
  }
  return pipelines.map((pipeline) => {
    const sorted = [...(times.get(pipeline.name) ?? [])].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
    return { name: pipeline.name, median, docsPerSecond: (documents.length / median) * 1000 }
  })
}
