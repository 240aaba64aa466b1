import fc from 'fast-check'

/**
 * How long and with what seed the fuzzer runs. `pnpm test` uses a fixed seed and about 60 s in
 * all; `pnpm fuzz` (scripts/fuzz.js) sets `FUZZ_SEED` to a random seed and a longer
 * `FUZZ_SECONDS`. `FUZZ_RUNS` caps the number of documents per property.
 */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_260_601
const seconds = process.env.FUZZ_SECONDS ? Number(process.env.FUZZ_SECONDS) : 60
const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1_000_000

/** Share of the total time each property gets. */
const shares = {
  errors: 0.28,
  determinism: 0.1,
  crossProcess: 0.14,
  valid: 0.36,
  linear: 0.12,
} as const

export type PropertyName = keyof typeof shares

/** How long shrinking a counterexample may take. */
const shrinkMs = process.env.FUZZ_SHRINK_SECONDS
  ? Number(process.env.FUZZ_SHRINK_SECONDS) * 1000
  : 90_000

/**
 * Check a property for its share of the time budget, with the seed. The budget counts
 * documents, not shrinking: an interrupted search stops shrinking too, so a failure is replayed
 * from its path with a time limit of its own and reported shrunk (fast-check's message: seed,
 * path and counterexample).
 */
export async function checkProperty<T>(
  name: PropertyName,
  property: fc.IAsyncProperty<[T]>,
  options: {
    maxRuns?: number
    /** Make a counterexample smaller still, returning its description. */
    minimize?: (value: T) => Promise<string>
    /** A timing property: a failure that does not come back on replay was noise, not a bug. */
    timing?: boolean
  } = {},
): Promise<void> {
  const ms = Math.round(seconds * 1000 * shares[name])
  const numRuns = Math.min(runs, options.maxRuns ?? runs)
  const first = await fc.check(property, {
    seed,
    numRuns,
    plugins: [fc.interruptAfterTimeLimit(ms) as fc.Plugin<[T]>],
    endOnFailure: true,
  })
  console.log(`fuzz ${name}: ${first.numRuns} runs in ${ms} ms budget, seed ${seed}`)
  if (!first.failed) return
  const replay = await fc.check(property, {
    seed,
    numRuns,
    ...(first.counterexamplePath ? { path: first.counterexamplePath } : {}),
    plugins: [fc.interruptAfterTimeLimit(shrinkMs) as fc.Plugin<[T]>],
  })
  if (!replay.failed && options.timing) {
    console.warn(`fuzz ${name}: a slow run did not come back on replay:\n${describe(first)}`)
    return
  }
  // A replay that passes means the failure depends on state (a cache, the time).
  if (!replay.failed) throw new Error(`Not reproducible on replay:\n${describe(first)}`)
  let message = describe(replay)
  if (options.minimize && replay.counterexample) {
    message += `\n\nMinimized further, same failure:\n${await options.minimize(replay.counterexample[0])}`
  }
  throw new Error(message)
}

/** The vitest timeout for a property: its time budget, plus room to shrink a failure. */
export function testTimeout(name: PropertyName) {
  return Math.round(seconds * 1000 * shares[name]) + shrinkMs + 30_000
}

export const fuzzSeed = seed

/** fast-check's report (seed, path, counterexample) and the error the property threw. */
function describe<T>(details: fc.RunDetails<T>) {
  const error = details.errorInstance
  const reason = error instanceof Error ? error.message : String(error)
  return `${fc.defaultReportMessage(details) ?? 'Property failed'}\n\nFailure: ${reason}`
}
