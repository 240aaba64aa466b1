import { expect, it } from 'vitest'
import { createProcessor } from '../src/index.js'
import { growthRatio } from './utils/growth-ratio.js'

// Without the linear merge, 96 KiB then 192 KiB took 0.7 s then 4.6 s (6x); with it, 1.9x.
// In a file of its own, so that no `compile()` call has run in this module graph first: a plugin
// author who builds the processor directly gets the linear parse too (see linear-text-merge.ts).
it('createProcessor() parses a long paragraph in linear time: twice the input, under 2.5x the time', async () => {
  const { ratio, description } = await growthRatio((size) => {
    createProcessor({ highlight: false }).parse('let a = 1\n'.repeat(Math.floor(size / 10)))
  }, 96 * 1024)
  expect(ratio, description).toBeLessThan(2.5)
}, 120_000)
