#!/usr/bin/env node
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { compile } from './compile.js'
import { SveltedownError } from './diagnostics/sveltedown-error.js'

const usage = `Usage: sveltedown compile <file> [--map] [--json]
       sveltedown check [--help]   (with @sveltedown/check installed)

Compile a Markdown-with-Svelte document and print the Svelte component.

  --map    print the sourcemap (JSON) after the component
  --json   print { code, map, frontmatter, headings, diagnostics } as JSON
  --help   show this help`

/** The command line: `sveltedown compile <file>`. I/O stays here; the compiler is pure. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'check') return check(argv.slice(1))
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      map: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [command, file] = positionals
  if (values.help || command !== 'compile' || !file) {
    ;(values.help ? process.stdout : process.stderr).write(`${usage}\n`)
    return values.help ? 0 : 1
  }

  const source = await fs.readFile(file, 'utf8')
  try {
    const result = await compile(source, { filename: file })
    for (const warning of result.diagnostics) {
      process.stderr.write(
        `${file}:${warning.start.line}:${warning.start.column}: warning ${warning.code}: ${warning.message}\n${warning.frame}\n`,
      )
    }
    if (values.json) {
      const { code, map, data, diagnostics } = result
      process.stdout.write(`${JSON.stringify({ code, map, ...data, diagnostics }, null, 2)}\n`)
    } else {
      process.stdout.write(result.code)
      if (values.map) process.stdout.write(`\n${JSON.stringify(result.map)}\n`)
    }
    return 0
  } catch (error) {
    if (!(error instanceof SveltedownError)) throw error
    process.stderr.write(
      `${file}:${error.start.line}:${error.start.column}: error ${error.code}: ${error.message}\n${error.frame}\n${error.url}\n`,
    )
    return 1
  }
}

/**
 * `sveltedown check` is `@sveltedown/check` (svelte-check and TypeScript are too heavy for the
 * compiler's dependencies): run it when the project has it installed.
 */
async function check(argv: string[]): Promise<number> {
  let entry: string
  try {
    entry = createRequire(path.join(process.cwd(), 'package.json')).resolve('@sveltedown/check')
  } catch {
    process.stderr.write(
      'sveltedown check needs @sveltedown/check: install it with `npm i -D @sveltedown/check`\n',
    )
    return 1
  }
  const module = (await import(pathToFileURL(entry).href)) as {
    main: (argv: string[]) => Promise<number>
  }
  return module.main(argv)
}

process.exitCode = await main(process.argv.slice(2))
