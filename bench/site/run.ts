/**
 * `pnpm --filter ./bench run bench:site [corpus folder]`: the site benchmark, written to
 * bench/results/site.md. The corpus is the argument, else `SITE_CORPUS`, else the shared corpus
 * beside the repository. `LIMIT=n` uses the first n documents, `RUNS=n` builds each way n times
 * (default 2), `PARTS=builds,dev,edit,cold,replay` and `WAYS=sveltedown,astro` pick parts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { benchSite } from './bench-site.ts'
import { node22 } from './node22.ts'
import { formatReport } from './report.ts'
import type { Way } from './write-site.ts'

const corpus =
  process.argv[2] ??
  process.env.SITE_CORPUS ??
  path.resolve(import.meta.dirname, '../../../shared/corpus')
const list = (value: string | undefined) => value?.split(',').filter(Boolean)
const results = await benchSite({
  corpus,
  limit: process.env.LIMIT ? Number(process.env.LIMIT) : undefined,
  runs: process.env.RUNS ? Number(process.env.RUNS) : undefined,
  ways: list(process.env.WAYS) as Way[] | undefined,
  parts: list(process.env.PARTS) as never,
  node: node22(),
})
const command = [
  ...['LIMIT', 'RUNS', 'PARTS', 'WAYS'].flatMap((name) =>
    process.env[name] ? [`${name}=${process.env[name]}`] : [],
  ),
  'pnpm --filter ./bench run bench:site',
  ...process.argv.slice(2),
].join(' ')
const report = formatReport(results, command)
const output = path.resolve(import.meta.dirname, '../results', process.env.OUT ?? 'site.md')
fs.writeFileSync(output, report)
if (output.endsWith('.md')) {
  fs.writeFileSync(output.replace(/\.md$/, '.json'), `${JSON.stringify(results, null, 2)}\n`)
}
console.log(report)
