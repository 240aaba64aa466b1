#!/usr/bin/env node
// mdsvex compatibility on real pages: `pnpm test:mdsvex <folder> [--out report.md] [--json r.json]
// [--ext svx,md] [--jobs 2] [--timeout 20000] [--filter <substring>] [--exclude <regexp>]
// [--no-render] [--pins <file>]`.
//
// Every `.svx`/`.md` page under the folder (one site per top-level folder) is compiled with mdsvex
// 0.12.8 and its default options, then with Svelte (`generate: 'server'`). Only pages that compile
// both ways count. Each is then compiled with sveltedown (`highlight: false`, `layout: false`) and
// Svelte, and when both compile, both are rendered with `svelte/server` (imports stubbed) and their
// visible text compared. See README.md here.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createPool } from './run-pool.js'
import { writeReport } from './write-report.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    json: { type: 'string' },
    ext: { type: 'string', default: 'svx,md' },
    jobs: { type: 'string', default: String(Math.min(2, os.availableParallelism())) },
    timeout: { type: 'string', default: '20000' },
    filter: { type: 'string' },
    exclude: { type: 'string' },
    'no-render': { type: 'boolean', default: false },
    pins: { type: 'string' },
  },
})
if (positionals.length !== 1) {
  console.error('usage: pnpm test:mdsvex <folder> [--out report.md] [--json results.json]')
  process.exit(2)
}
const cwd = process.env.INIT_CWD ?? process.cwd()
const folder = path.resolve(cwd, positionals[0])
const extensions = values.ext.split(',').map((ext) => `.${ext.replace(/^\./, '')}`)
// Repository files that are not pages of the site.
const notPages = /^(readme|changelog|license|contributing|security|code_of_conduct)\.md$/i

const files = []
const walk = (dir) => {
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name.startsWith('.')) continue
    const full = path.join(dir, item.name)
    if (item.isDirectory()) walk(full)
    else if (extensions.some((ext) => item.name.endsWith(ext)) && !notPages.test(item.name)) {
      files.push(full)
    }
  }
}
walk(folder)
files.sort()

const started = Date.now()
const pool = createPool({ size: Number(values.jobs), timeout: Number(values.timeout) })
let done = 0
const results = await Promise.all(
  files
    .filter((file) => !values.filter || file.includes(values.filter))
    .filter((file) => !values.exclude || !new RegExp(values.exclude).test(file))
    .map(async (file) => {
      const name = path.relative(folder, file)
      const site = name.includes(path.sep) ? name.split(path.sep)[0] : '(top)'
      const source = fs.readFileSync(file, 'utf8')
      const result = await pool.run({
        name,
        source,
        root: folder,
        render: !values['no-render'],
      })
      if (++done % 50 === 0) process.stderr.write(`${done} pages\n`)
      const { id: _, mdsvexCode: _m, sveltedownCode: _s, html: _h, ...rest } = result
      return { name, site, ...rest }
    }),
)
await pool.close()

const seconds = Math.round((Date.now() - started) / 1000)
const pins = values.pins ? fs.readFileSync(path.resolve(cwd, values.pins), 'utf8') : undefined
const report = writeReport({ folder, results, seconds, pins })
if (values.out) fs.writeFileSync(path.resolve(cwd, values.out), report)
if (values.json) {
  fs.writeFileSync(path.resolve(cwd, values.json), `${JSON.stringify(results, null, 1)}\n`)
}
console.log(values.out ? report.split('\n## ')[0] : report)
