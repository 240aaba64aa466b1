#!/usr/bin/env node
// One page in detail: `node page.js <file> [--code] [--html]` prints the outcome, and with `--code`
// both compiled components, with `--html` both renders. For looking at a failure the report lists.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkPage } from './check-page.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { code: { type: 'boolean' }, html: { type: 'boolean' } },
})
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0])
const result = await checkPage({ name: file, source: fs.readFileSync(file, 'utf8'), render: true })
const { mdsvexCode, sveltedownCode, html, ...outcome } = result
console.log(JSON.stringify(outcome, null, 2))
if (values.code) {
  console.log(`\n--- mdsvex ---\n${mdsvexCode ?? ''}\n--- sveltedown ---\n${sveltedownCode ?? ''}`)
}
if (values.html && html) {
  console.log(`\n--- mdsvex html ---\n${html.mdsvex}\n--- sveltedown html ---\n${html.sveltedown}`)
}
process.exit(0)
