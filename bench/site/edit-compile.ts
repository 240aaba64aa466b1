/**
 * sveltedown's own share of an edit in dev: a page compiled with the defaults, warm (processor,
 * highlighter and replayed blocks ready, as in a dev server), then compiled again after a
 * one-line edit of the page as last compiled. CPU time of this thread, so other processes disturb it less.
 */
import { compile } from 'sveltedown'
import { editLine } from './edit-line.ts'

export interface EditCompile {
  kib: number
  /** Best and median of `runs` edits at different places. */
  bestMs: number
  medianMs: number
  runs: number[]
}

const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

export async function measureEditCompile(
  source: string,
  filename: string,
  runs = 7,
): Promise<EditCompile> {
  await compile(source, { filename })
  await compile(source, { filename })
  const times: number[] = []
  for (let round = 0; round < runs; round++) {
    const edited = editLine(source, `zqedit${round}`, (round + 0.5) / runs)
    // Each edit is made to the page as last compiled, as a writer saves one change at a time.
    await compile(source, { filename })
    const start = cpuMs()
    await compile(edited, { filename })
    times.push(cpuMs() - start)
  }
  const sorted = [...times].sort((a, b) => a - b)
  return {
    kib: Buffer.byteLength(source) / 1024,
    bestMs: sorted[0] ?? Number.NaN,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    runs: times,
  }
}
