// `pnpm fuzz`: the fuzz properties (test/fuzz.test.ts) for longer than in `pnpm test`, with a
// random seed unless FUZZ_SEED is set. The seed is printed first, so a failure can be replayed
// with `FUZZ_SEED=<seed> pnpm fuzz`; fast-check prints each shrunk counterexample.
// FUZZ_SECONDS (default 600) is the total time, FUZZ_RUNS caps documents per property and
// FUZZ_AVOID=tag,… leaves out constructs that hit a known bug (see test/fuzz/valid-document.ts).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDirectory = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31))
const seconds = process.env.FUZZ_SECONDS ?? '600'
console.log(`fuzz: seed ${seed}, ${seconds} s in all (replay with FUZZ_SEED=${seed} pnpm fuzz)`)

const result = spawnSync('pnpm', ['exec', 'vitest', 'run', 'test/fuzz.test.ts'], {
  cwd: packageDirectory,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_SECONDS: seconds },
})
console.log(`fuzz: seed ${seed}`)
process.exit(result.status ?? 1)
