/**
 * `pnpm --filter ./bench exec tsx check/phases.ts [passes]`: when each phase of `sveltedown check`
 * ends on the bench's `.svx` project (see create-projects.ts), cold (compile cache empty) and
 * warm, each pass a fresh process. The times are the `performance.mark()`s that `check()` sets,
 * in ms since the process started; svelte-check runs from `written` to `checked`.
 * Run it under the bench lock: `flock /tmp/bench.lock pnpm --filter ./bench exec tsx check/phases.ts`.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { median } from './bench-check.ts'
import { createProjects } from './create-projects.ts'

const index = path.resolve(import.meta.dirname, '../../packages/check/dist/index.js')
const passes = Number(process.argv[2] ?? 3)
const script = `
import { check } from ${JSON.stringify(index)}
await check({ workspace: process.argv[1] })
const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sveltedown-check:'))
console.log(JSON.stringify(Object.fromEntries(marks.map((m) => [m.name.slice(17), Math.round(m.startTime)]))))
`

const projects = await createProjects()
try {
  const load = os.loadavg()[0]
  const runs: Record<'cold' | 'warm', Array<Record<string, number>>> = { cold: [], warm: [] }
  for (let pass = 0; pass <= passes; pass++) {
    for (const kind of ['cold', 'warm'] as const) {
      if (kind === 'cold') {
        fs.rmSync(path.join(projects.svx, '.sveltedown-cache'), { recursive: true, force: true })
      }
      const result = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', script, projects.svx],
        {
          encoding: 'utf8',
        },
      )
      if (result.status !== 0) throw new Error(result.stderr)
      // The first pass warms the file system cache and the mirror.
      if (pass > 0) runs[kind].push(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}'))
    }
  }
  console.log(
    `${projects.pages} pages, ${passes} passes, load average ${load.toFixed(1)} -> ${os.loadavg()[0].toFixed(1)}`,
  )
  for (const kind of ['cold', 'warm'] as const) {
    const names = Object.keys(runs[kind][0] ?? {})
    const row = names.map((name) => {
      const values = runs[kind].map((run) => run[name] ?? Number.NaN)
      return `${name} ${Math.round(median(values))} (${values.join(', ')})`
    })
    console.log(`${kind}: ${row.join('; ')}`)
  }
} finally {
  projects.remove()
}
