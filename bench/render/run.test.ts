import { expect, test } from 'vitest'
import { anchorRows, benchRender, formatReport, streamingLibraries } from './bench-render.ts'

test('the render bench runs end to end on a tiny input and reports every figure', async () => {
  const results = await benchRender({
    documents: 3,
    ssrRounds: 1,
    streamBytes: 2000,
    streamChunks: 20,
    sizes: false,
  })
  expect(Object.keys(results.ssr)).toEqual([
    '@sveltedown/render',
    'svelte-exmarkdown',
    '@humanspeak/svelte-markdown',
  ])
  for (const value of Object.values(results.ssr)) expect(value.docsPerSecond).toBeGreaterThan(0)
  expect(Object.keys(results.streaming)).toEqual(streamingLibraries)
  // Every library rendered the whole streamed document (a similar amount of text).
  const lengths = Object.values(results.streaming).map((value) => value.textLength)
  expect(Math.min(...lengths)).toBeGreaterThan(Math.max(...lengths) * 0.8)
  // The rows that explain the per-update times: the parse alone, and a task of constant size.
  expect(Object.keys(results.anchors)).toEqual(anchorRows)
  for (const value of Object.values(results.anchors)) expect(value.p50Ms).toBeGreaterThan(0)
  const report = formatReport(results, 'today')
  expect(report).toContain('| @sveltedown/render |')
  expect(report).toMatch(/cheaper in total than re-rendering/)
  expect(report).toContain('| fixed-work |')
})
