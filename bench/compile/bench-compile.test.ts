import { expect, test } from 'vitest'
import { benchCompile } from './bench-compile.ts'
import { pipelineIds } from './pipelines.ts'
import { formatReport, renderChart } from './report.ts'

test('the compile bench runs every pipeline on a few documents and reports every figure', async () => {
  const results = await benchCompile({
    limit: 10,
    warmup: 1,
    passes: 1,
    memory: ['sveltedown-no-highlight'],
    scale: false,
    cache: { highlight: false },
  })
  expect(results.speed.map((entry) => entry.id)).toEqual([...pipelineIds])
  expect(results.corpus.measured).toBeGreaterThan(0)
  for (const entry of results.speed) expect(entry.docsPerSecond).toBeGreaterThan(0)
  expect(
    results.speed.find((entry) => entry.id === 'sveltedown-no-highlight')?.memoryMb,
  ).toBeGreaterThan(0)
  // The warm build reads every document from the cache.
  expect(results.cache?.hits).toBe(results.cache?.documents)
  expect(results.ratios.map((ratio) => ratio.label)).toContain(
    'sveltedown defaults / mdsvex Shiki recipe',
  )
  const report = formatReport(results)
  expect(report).toContain('| sveltedown (highlight: false) |')
  expect(report).toMatch(/speed-up \| [\d.]+x/)
  expect(renderChart(results)).toMatch(/^<svg[\s\S]*<\/svg>\n$/)
  // Every pipeline starts cold (grammars, fresh workers, fresh processes for the cache and
  // memory figures): 53-55 s on a busy 2-CPU machine, too close to the 60 s default.
}, 180_000)
