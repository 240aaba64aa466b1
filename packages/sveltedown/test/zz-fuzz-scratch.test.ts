import fs from 'node:fs'
import { it } from 'vitest'
import { compile } from '../src/index.js'
import { compileOutcome, describeOutcome } from './fuzz/compile-outcome.js'
import { compileAndRender } from './fuzz/render-component.js'
it('try', async () => {
  const inputs: string[] = JSON.parse(fs.readFileSync('/work/main/.scratch/fuzz/inputs.json', 'utf8'))
  for (const input of inputs) {
    const o = await compileOutcome(compile, input)
    let extra = ''
    if (o.ok === true) {
      try { extra = compileAndRender(o.result.code, {}).html.slice(0, 300) } catch (e) { extra = 'SVELTE: ' + (e as Error).message.split('\n')[0] }
      extra = '\n' + o.result.code.replace(/^[\s\S]*?<\/script>\n\n/, '') + '\n' + extra
    }
    console.log('### ' + JSON.stringify(input) + '\n=> ' + describeOutcome(o) + extra)
  }
})
