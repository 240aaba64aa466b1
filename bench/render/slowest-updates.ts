import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { build } from 'vite'
import { openApp, percentile, workDir } from './measure.ts'
import { chatDocument, chunk } from './stream-document.ts'

/**
 * What the slowest 5% of `<Markdown streaming>`'s updates are made of. The bench's stream, in
 * Chromium, with the package's source built so that the block renderer is timed in place: each
 * update splits into parse (source to hast), Svelte (the rest of the synchronous apply) and layout.
 * Run twice in one page: the first run starts cold (as the bench's row does), the second is warm.
 * `pnpm --filter ./bench run bench:render:updates`; prints Markdown, and writes it with `--write`.
 */
const here = import.meta.dirname
const timed = path.join(here, 'updates-app/timed-block-renderer.ts')
const outDir = path.join(workDir(), 'updates-app')
await build({
  configFile: false,
  logLevel: 'silent',
  mode: 'production',
  root: path.join(here, 'updates-app'),
  plugins: [
    svelte(),
    {
      name: 'timed-block-renderer',
      enforce: 'pre',
      resolveId(id, importer) {
        const fromMarkdown = importer?.endsWith(path.join('render', 'src', 'Markdown.svelte'))
        if (id === './stream/create-block-renderer.js' && fromMarkdown) return timed
      },
    },
  ],
  build: { outDir, emptyOutDir: true },
})

interface Parts {
  apply: number[]
  layout: number[]
  parse: number[]
  blocks: number[]
  lastKey: string[]
}

const source = chatDocument(100 * 1024)
const chunks = chunk(source, 5000)
const loads = [loadavg()]
const { page, close } = await openApp(outDir)
const runs: Parts[] = []
try {
  for (let run = 0; run < 2; run++) {
    runs.push(
      await page.evaluate(
        (chunks) =>
          (
            window as unknown as { bench: { streamParts(c: string[]): Promise<Parts> } }
          ).bench.streamParts(chunks),
        chunks,
      ),
    )
  }
} finally {
  await close()
}
loads.push(loadavg())

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const f = (value: number) => value.toFixed(2)
const lines = [
  '## The slowest 5% of updates, by part',
  '',
  `\`bench:render:updates\`, ${new Date().toISOString().slice(0, 10)}; load average ${loads.map((load) => load.map((value) => value.toFixed(1)).join(', ')).join(' at the start, ')} at the end.`,
  'Parse: the block renderer (source to hast). Svelte: the rest of the apply step. Layout: the',
  'forced layout. "New block": the update added a top-level block. "Growing block": characters',
  'from the start of the last block to the end of the source, the block that is parsed again.',
  '',
  '| run | updates | p50 ms | p95 ms | slowest 5%: parse / Svelte / layout ms (mean) | all: parse / Svelte / layout ms (mean) | slowest 5% with a new block | in the first 1,000 updates | growing block chars, slowest 5% / all (median) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
]
runs.forEach((parts, run) => {
  const total = parts.apply.map((apply, index) => apply + parts.layout[index]!)
  const svelteTime = parts.apply.map((apply, index) => apply - parts.parse[index]!)
  const threshold = percentile(total, 0.95)
  const slow = total.flatMap((time, index) => (time >= threshold ? [index] : []))
  const all = total.map((_, index) => index)
  const split = (indexes: number[]) =>
    [parts.parse, svelteTime, parts.layout]
      .map((list) => f(mean(indexes.map((index) => list[index]!))))
      .join(' / ')
  const newBlock = slow.filter(
    (index) => index > 0 && parts.blocks[index]! > parts.blocks[index - 1]!,
  )
  const growing = (index: number) => {
    const offset = Number(/@(\d+)/.exec(parts.lastKey[index]!)?.[1] ?? 0)
    const length = chunks.slice(0, index + 1).reduce((sum, piece) => sum + piece.length, 0)
    return length - offset
  }
  lines.push(
    `| ${run === 0 ? 'cold' : 'warm'} | ${total.length} | ${f(percentile(total, 0.5))} | ${f(threshold)} | ${split(slow)} | ${split(all)} | ${newBlock.length} of ${slow.length} | ${slow.filter((index) => index < 1000).length} | ${percentile(slow.map(growing), 0.5)} / ${percentile(all.map(growing), 0.5)} |`,
  )
})
lines.push('')
const report = lines.join('\n')
console.log(report)
if (process.argv.includes('--write')) {
  writeFileSync(
    path.resolve(here, '../results/render-updates.md'),
    `# @sveltedown/render: streamed updates\n\n${report}`,
  )
}
