import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * How much longer twice the input takes: the measure behind every "linear time" test. Absolute
 * times depend on the machine; the ratio does not. Quadratic growth gives 4x, linear 2x, and the
 * tests fail at 2.5x, so the measure has to keep noise well under that margin on a shared
 * machine with two cores, where CI runs test files side by side:
 * - CPU time of this process, not wall time, so a busy neighbour costs less;
 * - a full garbage collection before each run, so garbage left by earlier tests in the same
 *   process is not billed to the run that happens to trigger its collection;
 * - the two sizes interleaved, best of three each, so a slow moment hits both;
 * - a run of under 100 ms is mostly noise (one collection, the JIT), so the size doubles;
 * - a ratio over the limit is measured again, the last time at twice the size. Quadratic growth
 *   fails every attempt; a noisy moment does not fail the build.
 */
export async function growthRatio(
  run: (size: number) => unknown,
  size: number,
  limit = 2.5,
): Promise<{ ratio: number; description: string }> {
  await run(Math.max(1, Math.floor(size / 4)))
  if ((await timed(() => run(size))) < 100) size *= 2
  let ratio = Number.POSITIVE_INFINITY
  let description = ''
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt === 2) size *= 2
    let single = Number.POSITIVE_INFINITY
    let double = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      single = Math.min(single, await timed(() => run(size)))
      double = Math.min(double, await timed(() => run(size * 2)))
    }
    ratio = double / single
    description = `size ${size}: ${single.toFixed(0)} ms, twice the size: ${double.toFixed(0)} ms`
    if (ratio < limit) break
  }
  return { ratio, description }
}

/** CPU milliseconds of this process so far. */
function cpuMs(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** One run, in CPU milliseconds, after a full collection. */
async function timed(run: () => unknown): Promise<number> {
  collectGarbage()
  const start = cpuMs()
  await run()
  return cpuMs() - start
}

/**
 * V8's `gc()`, reachable without `--expose-gc` on the command line: the flag set at run time
 * exposes it in contexts created afterwards.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined')
  return typeof gc === 'function' ? (gc as () => void) : () => {}
})()
