/**
 * `pnpm --filter ./bench run bench:pathological`: every pathological shape at 25 KiB to 1 MiB,
 * written to bench/results/pathological.md. QUICK=1 for a short run (small sizes, one run each,
 * not written). SHAPES=a,b keeps the shapes whose name contains one of the words (not written).
 * KIB=25,100 and RUNS=2 change the sizes and the runs per measurement (the best counts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { measureShapes, type Row } from './measure.ts'
import { formatReport } from './report.ts'
import { shapes } from './shapes.ts'

const quick = Boolean(process.env.QUICK)
const filter = process.env.SHAPES?.split(',')
const selected = filter
  ? shapes.filter((shape) => filter.some((word) => shape.name.includes(word)))
  : shapes
// Progress on stderr, so a long run shows where it is.
const progress = (row: Row) =>
  console.error(
    `${row.shape} ${row.kib.toFixed(0)} KiB: remark ${row.remark.toFixed(0)} ms, sveltedown ${row.defaults.toFixed(0)} ms (${(row.defaults / row.remark).toFixed(1)}x)`,
  )
const sizes = quick
  ? { kib: [4, 8], runs: 1, budgetMs: 5_000 }
  : {
      kib: process.env.KIB?.split(',').map(Number) ?? [25, 50, 100, 200, 400, 1024],
      runs: Number(process.env.RUNS ?? 3),
      budgetMs: 10_000,
    }
const rows = await measureShapes(selected, { ...sizes, onRow: progress })
const settings = [
  process.env.KIB && `KIB=${process.env.KIB}`,
  process.env.RUNS && `RUNS=${process.env.RUNS}`,
]
const report = formatReport(
  rows,
  [...settings.filter(Boolean), 'pnpm --filter ./bench run bench:pathological'].join(' '),
)
if (!quick && !filter) {
  fs.writeFileSync(path.resolve(import.meta.dirname, '../results/pathological.md'), report)
}
console.log(report)
