import { parseArgs } from 'node:util'
import { check } from './check.js'
import { formatResult, type OutputFormat } from './format-result.js'

const usage = `Usage: sveltedown check [options]

Type-check a project's .svx documents with svelte-check, together with its .svelte and .ts
files, and report every problem at the document's line and column.

  --workspace <dir>        the project root (default: the current directory)
  --tsconfig <file>        the project's tsconfig (default: tsconfig.json, then jsconfig.json)
  --output <format>        human (default), human-verbose, machine, machine-verbose or json
  --threshold <level>      error: only errors; warning (default): errors and warnings
  --fail-on-warnings       exit with 1 when there are warnings too
  --watch                  check again when a document or a file it imports is saved
  --compiler-warnings <…>  passed on to svelte-check, as is --diagnostic-sources <…>
  --help                   show this help`

const formats = ['human', 'human-verbose', 'machine', 'machine-verbose', 'json']

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      workspace: { type: 'string' },
      tsconfig: { type: 'string' },
      output: { type: 'string', default: 'human' },
      threshold: { type: 'string', default: 'warning' },
      'fail-on-warnings': { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      preserveWatchOutput: { type: 'boolean', default: false },
      'compiler-warnings': { type: 'string' },
      'diagnostic-sources': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
}

/** The command line of `sveltedown check` (also the `sveltedown-check` bin). Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`)
    return 1
  }
  const { values } = parsed
  const output = values.output as OutputFormat
  const threshold = values.threshold
  if (
    values.help ||
    !formats.includes(output) ||
    (threshold !== 'error' && threshold !== 'warning')
  ) {
    ;(values.help ? process.stdout : process.stderr).write(`${usage}\n`)
    return values.help ? 0 : 1
  }
  const svelteCheckArgs = [
    ...(values['compiler-warnings'] ? ['--compiler-warnings', values['compiler-warnings']] : []),
    ...(values['diagnostic-sources'] ? ['--diagnostic-sources', values['diagnostic-sources']] : []),
  ]
  const root = values.workspace ?? process.cwd()
  const controller = new AbortController()
  if (values.watch) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => controller.abort())
    }
  }
  let exitCode = 0
  try {
    await check({
      workspace: root,
      tsconfig: values.tsconfig,
      threshold,
      watch: values.watch,
      signal: controller.signal,
      svelteCheckArgs,
      onResult: (result) => {
        process.stdout.write(formatResult(result, output, root))
        exitCode =
          result.errorCount > 0 || (values['fail-on-warnings'] && result.warningCount > 0) ? 1 : 0
      },
    })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  return exitCode
}
