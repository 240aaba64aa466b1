import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { benchRender, formatReport } from './bench-render.ts'

const results = await benchRender({
  ssrRounds: 5,
  streamBytes: 100 * 1024,
  streamChunks: 5000,
  sizes: true,
  strideOfFullRenders: 10,
})
const report = formatReport(results, new Date().toISOString().slice(0, 10))
const file = path.resolve(import.meta.dirname, '../results/render.md')
writeFileSync(file, report)
console.log(report)
