#!/usr/bin/env node
// The Svelte oracle: `pnpm test:oracle <folder> [--out report.md] [--pin "<source@commit>"]
// [--entry main.svelte] [--jobs 2] [--timeout 10000] [--filter <substring>]`.
//
// Takes real Svelte components nobody here wrote, keeps those whose text has no Markdown syntax
// (the rule is in markdown-syntax.js), compiles each as `.svx` with sveltedown and as plain
// `.svelte`, renders both with `svelte/server`, compares the HTML as a browser shows it
// (compare-html.js) and groups the differences by cause. See README.md here for how to get the
// samples (they are not in the repository: CI reaches only the npm registry).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { compareRenders } from './compare-html.js'
import { findComponents, suiteOptions } from './find-components.js'
import { markdownSyntax } from './markdown-syntax.js'
import { createPool } from './run-pool.js'
import { writeReport } from './write-report.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    pin: { type: 'string' },
    entry: { type: 'string' },
    jobs: { type: 'string', default: String(Math.min(2, os.availableParallelism())) },
    timeout: { type: 'string', default: '10000' },
    filter: { type: 'string' },
  },
})
if (positionals.length !== 1) {
  console.error('usage: pnpm test:oracle <folder> [--out report.md] [--pin "<source@commit>"]')
  process.exit(2)
}
// pnpm runs scripts from the workspace root; a relative folder means the caller's directory.
const cwd = process.env.INIT_CWD ?? process.cwd()
const folder = path.resolve(cwd, positionals[0])
const started = Date.now()

const components = findComponents(folder, values.entry).filter(
  ({ file }) => !values.filter || file.includes(values.filter),
)
const pool = createPool({ size: Number(values.jobs), timeout: Number(values.timeout) })

/** @type {import('./write-report.js').Outcome[]} */
const outcomes = await Promise.all(
  components.map(async ({ file, config }) => {
    const name = path.relative(folder, file)
    const source = fs.readFileSync(file, 'utf8')
    let syntax
    try {
      syntax = markdownSyntax(source)
    } catch (error) {
      return { name, status: 'invalid', reason: `svelte parse: ${error.code ?? error.message}` }
    }
    if (syntax.findings.length > 0) return { name, status: 'markdown', findings: syntax.findings }
    const task = { file, config, options: suiteOptions(file) }
    const { plain, again, svx } = await pool.run(task)
    if (!plain.ok)
      return { name, status: 'plain-fails', reason: plain.error, blockProse: syntax.blockProse }
    if (!again?.ok || compareRenders(plain, again).identical === false) {
      return { name, status: 'nondeterministic', blockProse: syntax.blockProse }
    }
    if (!svx?.ok) {
      const error = svx?.error ?? '[oracle:worker] no result'
      return {
        name,
        status: 'different',
        cause: errorCause(error),
        detail: error,
        blockProse: syntax.blockProse,
      }
    }
    const compared = compareRenders(plain, svx)
    if (compared.identical) return { name, status: 'identical', blockProse: syntax.blockProse }
    return {
      name,
      status: 'different',
      cause: compared.cause,
      detail: compared.detail,
      blockProse: syntax.blockProse,
    }
  }),
)
await pool.close()

/** A cause for a failed `.svx` compile or render, from the stage marker the worker puts first. */
function errorCause(message) {
  const [, stage, rest] = message.match(/^\[oracle:([\w-]+)\] ?(.*)$/) ?? [
    undefined,
    'other',
    message,
  ]
  const code = rest.match(/^([\w-]+):/)?.[1] ?? ''
  if (stage === 'sveltedown') return `sveltedown error ${code}`
  if (stage === 'svelte-svx') return `svelte rejected sveltedown output: ${code}`
  if (stage === 'render') return 'sveltedown output fails to render'
  if (stage === 'timeout') return 'sveltedown output render timeout'
  return `sveltedown output fails: ${stage}`
}

const seconds = (Date.now() - started) / 1000
const report = writeReport({ folder, pin: values.pin, outcomes, seconds })
if (values.out) {
  const out = path.resolve(cwd, values.out)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, report.markdown)
}
console.log(report.summary)
