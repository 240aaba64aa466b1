/** Tasks run in their own process by `children.ts`; each prints one line of JSON. */
import fs from 'node:fs'
import { createCompileCache } from 'sveltedown'
import { type DeepOutcome, deepCases } from './deep-nesting.ts'
import { createPipeline, type PipelineId } from './pipelines.ts'

const [task = '', input = '{}'] = process.argv.slice(2)
const data = JSON.parse(input) as Record<string, unknown>
const paths = (data.paths as string[] | undefined) ?? []
const documents = paths.map((file) => ({ path: file, value: fs.readFileSync(file, 'utf8') }))

if (task === 'memory') {
  // Peak resident memory of one pipeline over the documents, passes as in the speed run.
  const pipeline = await createPipeline(data.id as PipelineId, documents)
  for (let pass = 0; pass < Number(data.passes ?? 3); pass++) {
    if (pipeline.runAll) await pipeline.runAll(documents)
    else for (const document of documents) await pipeline.run(document.value, document.path)
  }
  print({ maxRssMb: process.resourceUsage().maxRSS / 1024 })
} else if (task === 'cache') {
  // One build through the persistent cache, in a fresh process, as `vite build` would do.
  const cache = createCompileCache({ dir: data.dir as string })
  let hits = 0
  let errors = 0
  const start = performance.now()
  for (const document of documents) {
    try {
      const result = await cache.compile(document.value, {
        ...(data.options as object),
        filename: document.path,
      })
      if (result.cached) hits++
    } catch {
      errors++
    }
  }
  print({ ms: performance.now() - start, hits, errors })
} else if (task === 'deep') {
  const outcomes: DeepOutcome[] = []
  for (const deep of deepCases(Number(data.depth ?? 1000))) outcomes.push(await deep.run())
  print(outcomes)
}

function print(value: unknown) {
  process.stdout.write(`\n${JSON.stringify(value)}\n`)
  process.exit(0)
}
