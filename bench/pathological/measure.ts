import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { compile } from 'sveltedown'
import { unified } from 'unified'
import type { Shape } from './shapes.ts'

export interface Row {
  shape: string
  unit: string
  kib: number
  /** remark-parse + remark-gfm (parse and transforms), best of the runs, CPU ms. */
  remark: number
  /** sveltedown `compile()` with `highlight: false`, best of the runs, CPU ms. */
  plain: number
  /** sveltedown `compile()` with its defaults, best of the runs, CPU ms. */
  defaults: number
  /** `ok` or the error code sveltedown gave. */
  outcome: string
}

const remark = unified().use(remarkParse).use(remarkGfm)

/** CPU time of this process (user + system), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * The fastest of `runs` runs, in milliseconds of CPU time, and the last run's outcome. CPU time,
 * not wall time: the ratios must hold on a machine that other work is loading, and everything
 * measured here runs on this thread (plus the garbage collector's helpers, charged to whoever
 * allocates).
 */
async function best(runs: number, run: () => unknown): Promise<{ ms: number; outcome: string }> {
  let ms = Number.POSITIVE_INFINITY
  let outcome = 'ok'
  for (let round = 0; round < runs; round++) {
    const start = cpuMs()
    try {
      await run()
      outcome = 'ok'
    } catch (error) {
      const code = (error as { code?: unknown }).code
      outcome = typeof code === 'string' ? code : `crash: ${(error as Error).message}`
    }
    ms = Math.min(ms, cpuMs() - start)
  }
  return { ms, outcome }
}

/**
 * Each shape at each size, the three pipelines one after the other on the same input. A shape
 * stops growing once one run takes more than `budgetMs` (remark itself is quadratic on some).
 */
export async function measureShapes(
  shapes: Shape[],
  {
    kib,
    runs,
    budgetMs,
    onRow,
  }: { kib: number[]; runs: number; budgetMs: number; onRow?: (row: Row) => void },
): Promise<Row[]> {
  const rows: Row[] = []
  // Warm: the processors, the highlighter and their lazy imports.
  await compile('# a\n\n```js\nlet a\n```\n', { filename: 'warm.svx' })
  await compile('# a', { filename: 'warm.svx', highlight: false })
  for (const shape of shapes) {
    // Each pipeline once on a small input of this shape first: the first runs of a shape's code
    // paths are spent compiling them (V8's JIT), which is not what a size costs.
    const warm = shape.make(4 * 1024)
    await best(1, () => remark.runSync(remark.parse(warm)))
    await best(1, () => compile(warm, { filename: 'shape.svx', highlight: false }))
    for (const size of kib) {
      const source = shape.make(size * 1024)
      const parsed = await best(runs, () => remark.runSync(remark.parse(source)))
      const plain = await best(runs, () =>
        compile(source, { filename: 'shape.svx', highlight: false }),
      )
      const defaults = await best(runs, () => compile(source, { filename: 'shape.svx' }))
      rows.push({
        shape: shape.name,
        unit: shape.unit,
        kib: Buffer.byteLength(source) / 1024,
        remark: parsed.ms,
        plain: plain.ms,
        defaults: defaults.ms,
        outcome: plain.outcome,
      })
      onRow?.(rows[rows.length - 1] as Row)
      if (Math.max(parsed.ms, plain.ms, defaults.ms) > budgetMs) break
    }
  }
  return rows
}
