import fs from 'node:fs'
import fc from 'fast-check'
import { it } from 'vitest'
import { compile } from '../src/index.js'
import { validDocument } from './fuzz/valid-document.js'
it('timing', async () => {
  const docs = fc.sample(validDocument(), { numRuns: 15, seed: 5 })
  const d = docs[11]!
  fs.writeFileSync('/work/main/.scratch/fuzz/slow.svx', d.source)
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    try { await compile(d.source + ' '.repeat(i)) } catch {}
    console.log('T', (performance.now() - t0).toFixed(0))
  }
  const noFence = d.source.replace(/```\w*|~~~\w*/g, (m) => m.slice(0, 3))
  const t0 = performance.now()
  try { await compile(noFence) } catch {}
  console.log('T nolang', (performance.now() - t0).toFixed(0))
}, 120000)
