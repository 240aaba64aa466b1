import fs from 'node:fs'
import { it } from 'vitest'
import { compile } from '../src/index.js'
import { compileOutcome, describeOutcome } from './fuzz/compile-outcome.js'
import { failureSignature, minimizeSource } from './fuzz/minimize-source.js'
it('min', async () => {
  const [input] = JSON.parse(fs.readFileSync('/work/main/.scratch/fuzz/min.json', 'utf8'))
  const describe = async (s: string) => describeOutcome(await compileOutcome(compile, s))
  const sig = failureSignature(await describe(input))
  const small = await minimizeSource(input, async (c) => c.includes("</figure>") && c.includes("<figure>") && failureSignature(await describe(c)) === sig, 60000, false)
  console.log('MIN', JSON.stringify(small), '\n=>', await describe(small))
}, 120000)
