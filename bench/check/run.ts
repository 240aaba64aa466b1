/**
 * `pnpm --filter ./bench run bench:check`: `sveltedown check` on the corpus against svelte-check
 * on the same pages as `.svelte`, written to bench/results/check.md. QUICK=1: 20 pages, 1 pass.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchCheck, median, type Timing } from './bench-check.ts'

const quick = Boolean(process.env.QUICK)
const loadBefore = os.loadavg()[0]
const results = await benchCheck(quick ? { limit: 20, passes: 1 } : { passes: 3 })
const loadAfter = os.loadavg()[0]
const wall = (timings: Timing[]) => median(timings.map((t) => t.ms))
const cpu = (timings: Timing[]) => median(timings.map((t) => t.cpuMs))
const anchor = wall(results.svelteCheck)
const script = wall(results.syncAndSvelteCheck)
const cold = wall(results.sveltedownCold)
const warm = wall(results.sveltedownWarm)
const cpuAnchor = cpu(results.svelteCheck)
const cpuCold = cpu(results.sveltedownCold)
const cpuWarm = cpu(results.sveltedownWarm)
const row = (name: string, timings: Timing[]) =>
  `| ${name} | ${Math.round(wall(timings))} | ${(wall(timings) / anchor).toFixed(2)}× | ${(wall(timings) / script).toFixed(2)}× | ${Math.round(cpu(timings))} | ${(cpu(timings) / cpuAnchor).toFixed(2)}× | ${timings[0]?.errors} / ${timings[0]?.warnings} |`
const report = `# Check benchmark

Run ${new Date().toISOString().slice(0, 10)} on ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, Node ${process.version}; \`pnpm --filter ./bench run bench:check\`.
Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end.

The corpus as a SvelteKit site: ${results.pages} pages (\`src/routes/<n>/+page.svx\`); ${results.rejected}
corpus files that sveltedown rejects (invalid frontmatter) are left out of both projects. The
\`.svelte\` project has the same pages written as \`.svelte\` files: each document's compiled output,
what a person would write by hand. Same \`node_modules\` (the example app's), same tsconfig, same
\`vite.config.js\` (with \`sveltedown()\`, so both type-check the same config and its imports).
Median of ${results.passes} passes after a warm-up, passes interleaved, each a fresh process.

Wall time is what a user waits; CPU time (user + system, of the command and every process it
started) is the steadier figure on a loaded machine.

| command | median wall ms | vs svelte-check | vs sync + svelte-check | median CPU ms | CPU vs svelte-check | errors / warnings |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('`svelte-check` on the .svelte pages (types synced before)', results.svelteCheck)}
${row("`svelte-kit sync && svelte-check` on the .svelte pages (an app's `check` script)", results.syncAndSvelteCheck)}
${row('`sveltedown check` on the .svx pages, compile cache empty (loads the Vite config, syncs, compiles, checks)', results.sveltedownCold)}
${row('`sveltedown check` on the .svx pages, compile cache of the previous run', results.sveltedownWarm)}

Target (issue 14): \`sveltedown check\` at most 1.3× svelte-check on the same pages.
Ratio against svelte-check alone: wall **${(cold / anchor).toFixed(2)}×** cold, **${(warm / anchor).toFixed(2)}×** warm;
CPU **${(cpuCold / cpuAnchor).toFixed(2)}×** cold, **${(cpuWarm / cpuAnchor).toFixed(2)}×** warm;
against the \`check\` script it replaces (\`svelte-kit sync && svelte-check\`): **${(cold / script).toFixed(2)}×** cold, **${(warm / script).toFixed(2)}×** warm.

All passes (wall ms / CPU ms): sveltedown check cold ${results.sveltedownCold.map((t) => `${Math.round(t.ms)}/${Math.round(t.cpuMs)}`).join(', ')};
warm ${results.sveltedownWarm.map((t) => `${Math.round(t.ms)}/${Math.round(t.cpuMs)}`).join(', ')};
svelte-check ${results.svelteCheck.map((t) => `${Math.round(t.ms)}/${Math.round(t.cpuMs)}`).join(', ')};
sync + svelte-check ${results.syncAndSvelteCheck.map((t) => `${Math.round(t.ms)}/${Math.round(t.cpuMs)}`).join(', ')}.
`
// Notes written by hand below the marker (what bounds the ratio, a profile) survive a new run.
const file = path.resolve(import.meta.dirname, '../results/check.md')
const marker = '<!-- notes: kept by bench:check -->'
const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
const notes = previous.includes(marker) ? `\n${previous.slice(previous.indexOf(marker))}` : ''
if (!quick) fs.writeFileSync(file, report + notes)
console.log(report)
