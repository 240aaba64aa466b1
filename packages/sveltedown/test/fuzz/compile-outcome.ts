import { createHash } from 'node:crypto'
import {
  type CompileOptions,
  type CompileResult,
  catalogue,
  SveltedownError,
} from '../../src/index.js'

export type Outcome =
  | { ok: true; result: CompileResult }
  | { ok: false; error: unknown }
  | { ok: 'timeout'; ms: number }

type Compile = (source: string, options?: CompileOptions) => Promise<CompileResult>

/** How long one small document may take before we call it a hang. */
export const documentTimeout = 5_000

/** Compile, and settle within `timeout` whatever the compiler does. */
export async function compileOutcome(
  compile: Compile,
  source: string,
  timeout = documentTimeout,
): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: 'timeout', ms: timeout }), timeout)
  })
  const compiled = compile(source, { filename: 'fuzz.svx' }).then(
    (result): Outcome => ({ ok: true, result }),
    (error: unknown): Outcome => ({ ok: false, error }),
  )
  try {
    return await Promise.race([compiled, expired])
  } finally {
    clearTimeout(timer)
  }
}

interface Located {
  code: string
  start: { line: number; column: number }
}

/** Why a diagnostic's code or position is wrong, or undefined when it is fine. */
export function diagnosticProblem(diagnostic: Located, source: string): string | undefined {
  if (!Object.hasOwn(catalogue, diagnostic.code))
    return `code \`${diagnostic.code}\` is not in the catalogue`
  const lines = source.split('\n')
  const { line, column } = diagnostic.start
  if (!Number.isInteger(line) || line < 1 || line > lines.length) {
    return `line ${line} is outside 1..${lines.length}`
  }
  const length = lines[line - 1]!.length
  if (!Number.isInteger(column) || column < 1 || column > length + 1) {
    return `column ${column} is outside 1..${length + 1} on line ${line}`
  }
  return undefined
}

/** Describe an outcome that breaks "every failure is a positioned SveltedownError". */
export function failureProblem(outcome: Outcome, source: string): string | undefined {
  if (outcome.ok === 'timeout') return `did not settle within ${outcome.ms} ms`
  if (outcome.ok) {
    for (const warning of outcome.result.diagnostics) {
      const problem = diagnosticProblem(warning, source)
      if (problem) return `warning ${warning.code}: ${problem}`
    }
    return undefined
  }
  const { error } = outcome
  if (!(error instanceof SveltedownError)) {
    const name = error instanceof Error ? error.name : typeof error
    const message = error instanceof Error ? error.message : String(error)
    return `threw ${name}, not a SveltedownError: ${message.slice(0, 300)}`
  }
  const problem = diagnosticProblem(error, source)
  if (problem) return `SveltedownError ${error.code}: ${problem} (${error.message})`
  // The catch-all for our own bugs: positioned, but still a bug to report.
  if (error.code === 'internal_error') return `internal_error: ${error.message}`
  return undefined
}

/** A short description of an outcome for failure messages. */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.ok === 'timeout') return `no result within ${outcome.ms} ms`
  if (outcome.ok) return 'compiled'
  const { error } = outcome
  if (error instanceof SveltedownError) {
    return `${error.code} at ${error.start.line}:${error.start.column}: ${error.message}`
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

/**
 * A hash of everything a compile produces: code, map and warnings, or the error's code,
 * message and position. `scripts/fuzz-hash-batch.js` computes the same in a child process.
 */
export function outcomeHash(outcome: Outcome): string {
  return createHash('sha256')
    .update(JSON.stringify(comparable(outcome)))
    .digest('hex')
}

export function comparable(outcome: Outcome): unknown {
  if (outcome.ok === 'timeout') return { timeout: true }
  if (outcome.ok) {
    const { code, map, diagnostics } = outcome.result
    return { code, map, diagnostics }
  }
  const error = outcome.error as Partial<SveltedownError>
  return {
    error: { name: error?.name, code: error?.code, message: error?.message, start: error?.start },
  }
}
