/**
 * `pnpm bench` (compile part): the full benchmark, written to bench/results/compile.md and
 * compile.svg. QUICK=1 for a short run (20 documents, no memory or scaling runs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { benchCompile } from './bench-compile.ts'
import { formatReport, renderChart } from './report.ts'

const quick = Boolean(process.env.QUICK)
const results = await benchCompile(
  quick
    ? { limit: 20, warmup: 1, passes: 1, memory: false, scale: false }
    : { warmup: 2, passes: 7, scale: { copies: [1, 5, 10], megabytes: 1, depth: 1000 } },
)
const report = formatReport(results)
if (!quick) {
  const directory = path.resolve(import.meta.dirname, '../results')
  fs.writeFileSync(path.join(directory, 'compile.md'), report)
  fs.writeFileSync(path.join(directory, 'compile.svg'), renderChart(results))
}
console.log(report)
