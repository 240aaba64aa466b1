#!/usr/bin/env node
// Shrinks a failing page to a small input that still fails the same way:
// `node shrink.js <file> [--out small.svx]`. "The same way": mdsvex and Svelte still compile it, and
// sveltedown still fails with the same code (its own error, or Svelte rejecting its output), or, for
// a page whose visible text differs, the text still differs. The error message must stay the same
// too (numbers aside), so the small input shows the same problem. Removes runs of lines, then runs of
// characters, while the failure holds (delta debugging, greedy).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkPage } from './check-page.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
})
const cwd = process.env.INIT_CWD ?? process.cwd()
const file = path.resolve(cwd, positionals[0])
const name = file.replace(/\.(md|svelte)$/, '.svx')

/** One word for how a page fails, or undefined when it does not fail with both compiled by mdsvex. */
async function signature(source) {
  const result = await checkPage({ name, source, render: true }).catch(() => undefined)
  if (!result?.mdsvex?.ok) return undefined
  // The message names the tags involved; line numbers in it change as the page shrinks.
  const message = (result.sveltedown?.message ?? '').replace(/\d+/g, 'N')
  if (!result.sveltedown?.ok)
    return `${result.sveltedown.stage}:${result.sveltedown.code}: ${message}`
  if (result.text?.compared && !result.text.same) return 'text'
  return undefined
}

const original = fs.readFileSync(file, 'utf8')
const target = await signature(original)
if (!target) {
  console.error('the page does not fail')
  process.exit(1)
}
const fails = async (source) => (await signature(source)) === target

/** Greedy removal of chunks (halving the chunk size) while the failure holds. */
async function reduce(parts, join) {
  for (
    let size = Math.max(1, Math.floor(parts.length / 2));
    size >= 1;
    size = Math.floor(size / 2)
  ) {
    for (let start = 0; start < parts.length; ) {
      const candidate = [...parts.slice(0, start), ...parts.slice(start + size)]
      if (candidate.length > 0 && (await fails(join(candidate)))) parts = candidate
      else start += size
    }
    if (size === 1) break
  }
  return parts
}

const byLine = await reduce(original.split('\n'), (lines) => lines.join('\n'))
const byChar = await reduce([...byLine.join('\n')], (chars) => chars.join(''))
const small = byChar.join('')
if (values.out) fs.writeFileSync(path.resolve(cwd, values.out), small)
console.log(`${target}\n${JSON.stringify(small)}\n---\n${small}`)
process.exit(0)
