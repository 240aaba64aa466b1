import { expect, it } from 'vitest'
import { createProcessor } from '../src/index.js'
import { growthRatio } from './utils/growth-ratio.js'

// In a file of its own, so that no `compile()` call has run in this module graph first: a plugin
// author who builds the processor directly gets the linear emphasis and strikethrough resolvers
// too (see linear-spans.ts). Strikethrough is the part installed asynchronously (on the parser
// that remark-gfm configures). Closers with no opener: micromark's own resolver walks back over
// the whole paragraph from each, so 32 KiB then 64 KiB took 1.6 s then 5.8 s (3.5x) in plain
// remark; without the install, this test measured 4.6x.
it('createProcessor() parses unmatched `~~` in linear time: twice the input, under 2.5x the time', async () => {
  const { ratio, description } = await growthRatio((size) => {
    createProcessor({ highlight: false }).parse('a~~ '.repeat(Math.floor(size / 4)))
  }, 32 * 1024)
  expect(ratio, description).toBeLessThan(2.5)
}, 120_000)
