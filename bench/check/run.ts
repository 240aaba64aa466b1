/**
 * `pnpm --filter ./bench run bench:check`: `sveltedown check` on the corpus against svelte-check
 * on the same pages as `.svelte`, written to bench/results/check.md. QUICK=1: 20 pages, 1 pass.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchCheck, median } from './bench-check.ts'

const quick = Boolean(process.env.QUICK)
const results = await benchCheck(quick ? { limit: 20, passes: 1 } : { passes: 3 })
const anchor = median(results.svelteCheck.map((t) => t.ms))
const script = median(results.syncAndSvelteCheck.map((t) => t.ms))
const cold = median(results.sveltedownCold.map((t) => t.ms))
const warm = median(results.sveltedownWarm.map((t) => t.ms))
const row = (name: string, timings: typeof results.svelteCheck, ms: number) =>
  `| ${name} | ${Math.round(ms)} | ${(ms / anchor).toFixed(2)}× | ${(ms / script).toFixed(2)}× | ${timings[0]?.errors} / ${timings[0]?.warnings} |`
const report = `# Check benchmark

Run ${new Date().toISOString().slice(0, 10)} on ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, Node ${process.version}; \`pnpm --filter ./bench run bench:check\`.

The corpus as a SvelteKit site: ${results.pages} pages (\`src/routes/<n>/+page.svx\`); ${results.rejected}
corpus files that sveltedown rejects (invalid frontmatter) are left out of both projects. The
\`.svelte\` project has the same pages written as \`.svelte\` files: each document's compiled output,
what a person would write by hand. Same \`node_modules\` (the example app's), same tsconfig, same
\`vite.config.js\` (with \`sveltedown()\`, so both type-check the same config and its imports).
Median of ${results.passes} passes after a warm-up, passes interleaved, each a fresh process.

| command | median ms | vs svelte-check | vs sync + svelte-check | errors / warnings |
| --- | ---: | ---: | ---: | ---: |
${row('`svelte-check` on the .svelte pages (types synced before)', results.svelteCheck, anchor)}
${row("`svelte-kit sync && svelte-check` on the .svelte pages (an app's `check` script)", results.syncAndSvelteCheck, script)}
${row('`sveltedown check` on the .svx pages, compile cache empty (loads the Vite config, syncs, compiles, checks)', results.sveltedownCold, cold)}
${row('`sveltedown check` on the .svx pages, compile cache of the previous run', results.sveltedownWarm, warm)}

Target (issue 14): \`sveltedown check\` at most 1.3× svelte-check on the same pages.
Ratio against svelte-check alone: **${(cold / anchor).toFixed(2)}×** cold, **${(warm / anchor).toFixed(2)}×** warm;
against the \`check\` script it replaces (\`svelte-kit sync && svelte-check\`): **${(cold / script).toFixed(2)}×** cold, **${(warm / script).toFixed(2)}×** warm.

All passes (ms): sveltedown check cold ${results.sveltedownCold.map((t) => Math.round(t.ms)).join(', ')};
warm ${results.sveltedownWarm.map((t) => Math.round(t.ms)).join(', ')};
svelte-check ${results.svelteCheck.map((t) => Math.round(t.ms)).join(', ')};
sync + svelte-check ${results.syncAndSvelteCheck.map((t) => Math.round(t.ms)).join(', ')}.
`
if (!quick) fs.writeFileSync(path.resolve(import.meta.dirname, '../results/check.md'), report)
console.log(report)
