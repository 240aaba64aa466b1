import os from 'node:os'
import type { Row } from './measure.ts'

const fixed = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a'

/** Inline code that may itself hold backticks: a longer fence, padded with spaces. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`
}

/** The largest ratio to remark that still counts as linear enough (issue: "within 3×"). */
export const targetRatio = 3

/** The Markdown report: one table per shape, a summary of the worst ratios first. */
export function formatReport(rows: Row[], command: string): string {
  const shapes = [...new Set(rows.map((row) => row.shape))]
  const worst = (shape: string) =>
    Math.max(...rows.filter((row) => row.shape === shape).map((row) => row.defaults / row.remark))
  const lines = [
    '# Pathological inputs',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${os.platform()}, ${os.cpus().length} CPUs, Node ${process.version}; \`${command}\`.`,
    '',
    'Each shape is one unit repeated to the size. Times are the best of the runs, in ms of CPU time (user + system: steady on a loaded machine):',
    'remark-parse + remark-gfm (parse and transforms), sveltedown `compile()` with',
    '`highlight: false` and with its defaults, all in this process on the same input. "ratio" is',
    `sveltedown (defaults) / remark; the target is at most ${targetRatio}x at every size. A shape stops`,
    'growing when a run exceeds the time budget. "outcome" is `ok` or the error sveltedown gives.',
    '',
    '## Worst ratio per shape',
    '',
    '| shape | unit | largest KiB | worst ratio | within target |',
    '| --- | --- | ---: | ---: | --- |',
    ...shapes.map((shape) => {
      const own = rows.filter((row) => row.shape === shape)
      const ratio = worst(shape)
      return `| ${shape} | ${codeSpan(JSON.stringify(own[0]?.unit).slice(1, -1))} | ${fixed(Math.max(...own.map((row) => row.kib)))} | ${fixed(ratio, 1)}x | ${ratio <= targetRatio ? 'yes' : 'no'} |`
    }),
    '',
    '## Every size',
    '',
    '| shape | KiB | remark ms | sveltedown (highlight: false) ms | sveltedown (defaults) ms | ratio | outcome |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${row.shape} | ${fixed(row.kib)} | ${fixed(row.remark, 1)} | ${fixed(row.plain, 1)} | ${fixed(row.defaults, 1)} | ${fixed(row.defaults / row.remark, 1)}x | ${row.outcome} |`,
    ),
    '',
  ]
  return lines.join('\n')
}
