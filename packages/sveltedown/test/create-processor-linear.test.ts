import { expect, it } from 'vitest'
import { createProcessor } from '../src/index.js'
import { growthRatio } from './utils/growth-ratio.js'

// In a file of its own, so that no `compile()` call has run in this module graph first: a plugin
// author who builds the processor directly gets the linear parse too (see linear-text-merge.ts
// and linear-spans.ts, which `compile()` would otherwise have awaited already).

/** How much longer `createProcessor().parse` takes on twice as many `unit`s. */
function parseGrowth(unit: string, kib: number) {
  return growthRatio((size) => {
    createProcessor({ highlight: false }).parse(unit.repeat(Math.floor(size / unit.length)))
  }, kib * 1024)
}

// Without the linear merge, 96 KiB then 192 KiB took 0.7 s then 4.6 s (6x); with it, 1.9x.
it('createProcessor() parses a long paragraph in linear time: twice the input, under 2.5x the time', async () => {
  const { ratio, description } = await parseGrowth('let a = 1\n', 96)
  expect(ratio, description).toBeLessThan(2.5)
}, 120_000)

// Strikethrough is the part of linear-spans.ts installed asynchronously (on the parser that
// remark-gfm configures). Closers with no opener: micromark's own resolver walks back over the
// whole paragraph from each, so 32 KiB then 64 KiB took 1.6 s then 5.8 s (3.5x) in plain remark;
// without the install, this test measured 4.6x.
it('createProcessor() parses unmatched `~~` in linear time: twice the input, under 2.5x the time', async () => {
  const { ratio, description } = await parseGrowth('a~~ ', 32)
  expect(ratio, description).toBeLessThan(2.5)
}, 120_000)
