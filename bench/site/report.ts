/** bench/results/site.md from the site benchmark's results. */

import type { SiteBenchResults } from './bench-site.ts'
import type { BuildMeasurement } from './build-site.ts'
import { type Way, wayNames } from './write-site.ts'

export function formatReport(results: SiteBenchResults, command: string): string {
  const lines: string[] = [
    '# Site benchmark',
    '',
    `Run ${results.environment.date.slice(0, 16).replace('T', ' ')} UTC on ${results.environment.cpus} CPUs, builds and dev servers on Node ${results.environment.node}:`,
    '',
    `    ${command}`,
    '',
    `The corpus as a site: ${results.pages} pages (${(results.bytes / 1024).toFixed(0)} KiB) and one layout;`,
    `${results.leftOut} corpus documents that sveltedown or mdsvex cannot turn into a component Svelte compiles are left out of every way.`,
    'The machine is shared: each figure has the 1-minute load average when it started. Best of the runs.',
    '',
  ]
  const best = (list: BuildMeasurement[], key: 'wallMs' | 'cpuMs' | 'peakRssMb') =>
    Math.min(...list.map((entry) => entry[key]))
  const build = (way: Way) => results.builds.find((entry) => entry.way === way)

  if (results.builds.length > 0) {
    lines.push(
      '## Builds',
      '',
      '| way | pages | cold wall ms | cold CPU ms | cold peak RSS MB | warm wall ms | warm CPU ms | warm peak RSS MB | load |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    )
    for (const entry of results.builds) {
      lines.push(
        `| ${wayNames[entry.way]} | ${entry.cold[0]?.pages ?? 0} | ${n(best(entry.cold, 'wallMs'))} | ${n(best(entry.cold, 'cpuMs'))} | ${n(best(entry.cold, 'peakRssMb'))} | ${n(best(entry.warm, 'wallMs'))} | ${n(best(entry.warm, 'cpuMs'))} | ${n(best(entry.warm, 'peakRssMb'))} | ${[...entry.cold, ...entry.warm].map((m) => m.load.toFixed(1)).join(', ')} |`,
      )
    }
    lines.push('', 'All runs, wall ms (cold / warm):', '')
    for (const entry of results.builds) {
      lines.push(
        `- ${entry.way}: ${entry.cold.map((m) => n(m.wallMs)).join(', ')} / ${entry.warm.map((m) => n(m.wallMs)).join(', ')}`,
      )
    }
    lines.push('')
  }

  if (results.dev.length > 0) {
    lines.push(
      '## Dev server',
      '',
      '*Ready*: from starting the process to its first answer. *First page*: the first request of the',
      'page of about 20 KB. *Edit*: from writing a one-line edit (a word added to a line of prose) to the',
      "dev server serving the page's module with it (file watcher, compile, Svelte or Astro), best of",
      'three edits at different lines.',
      '',
      '| way | ready ms | first page ms | edit, 20 KB page, ms | edit, 200 KB page, ms | load |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const entry of results.dev) {
      const [medium, large] = entry.edits
      lines.push(
        `| ${wayNames[entry.way]} | ${n(entry.readyMs)} | ${n(entry.firstPageMs)} | ${n(medium?.ms)} (${medium?.kib.toFixed(0)} KiB) | ${n(large?.ms)} (${large?.kib.toFixed(0)} KiB) | ${entry.load.toFixed(1)} |`,
      )
    }
    lines.push('')
  }

  if (results.edit.length > 0) {
    lines.push(
      "## sveltedown's recompile after a one-line edit",
      '',
      '`compile()` with the defaults, warm (processor, highlighter and replayed blocks ready, as in',
      'the dev server), CPU ms of seven edits at different lines:',
      '',
      '| page | best ms | median ms | runs |',
      '| ---: | ---: | ---: | --- |',
    )
    for (const entry of results.edit) {
      lines.push(
        `| ${entry.kib.toFixed(0)} KiB | ${n(entry.bestMs)} | ${n(entry.medianMs)} | ${entry.runs.map(n).join(', ')} |`,
      )
    }
    lines.push('')
  }

  if (results.cold.length > 0) {
    lines.push(
      '## Cold compile pass',
      '',
      'Every page compiled once in a fresh process (setup, grammars, first highlight of every block),',
      "alternating pipelines; CPU ms. The mdsvex Shiki recipe does sveltedown's work (two themes,",
      'languages loaded as fences ask).',
      '',
      '| pipeline | best CPU ms | runs (CPU ms @ load) |',
      '| --- | ---: | --- |',
    )
    for (const entry of results.cold) {
      lines.push(
        `| ${entry.pipeline} | ${n(Math.min(...entry.runs.map((r) => r.cpuMs)))} | ${entry.runs.map((r) => `${n(r.cpuMs)} @ ${r.load.toFixed(1)}`).join(', ')} |`,
      )
    }
    lines.push('')
  }

  if (results.replay) {
    lines.push(
      '## Warm pass: replayed blocks',
      '',
      'The compile benchmark (`bench/compile`, its `measure()`: passes interleaved after two warm-up',
      'passes, median of seven) with the two sveltedown pipelines only, on the whole corpus:',
      '',
      `defaults ${n(results.replay.defaultsMs)} ms, \`highlight: false\` ${n(results.replay.noHighlightMs)} ms (load ${results.replay.load.toFixed(1)}).`,
      '',
    )
  }

  lines.push('## Targets', '', '| target | measured | met |', '| --- | ---: | --- |')
  for (const target of targets(results)) {
    lines.push(`| ${target.label} | ${target.value} | ${target.met ? 'yes' : '**no**'} |`)
  }
  lines.push('')
  return lines.join('\n')

  function targets(r: SiteBenchResults) {
    const list: Array<{ label: string; value: string; met: boolean }> = []
    const ratio = (label: string, value: number, limit: number, atMost = false) =>
      Number.isFinite(value) &&
      list.push({
        label,
        value: `${value.toFixed(2)}x`,
        met: atMost ? value <= limit : value >= limit,
      })
    const cold = (id: string) =>
      Math.min(...(r.cold.find((e) => e.pipeline === id)?.runs.map((x) => x.cpuMs) ?? []))
    ratio(
      'cold compile pass: mdsvex + Shiki / sveltedown defaults >= 1.5x',
      cold('mdsvex-shiki') / cold('sveltedown'),
      1.5,
    )
    ratio(
      'cold compile pass: mdsvex (Prism) / sveltedown defaults >= 1.0x',
      cold('mdsvex') / cold('sveltedown'),
      1,
    )
    const ours = build('sveltedown')
    const them = (way: Way, key: 'cold' | 'warm', field: 'wallMs' | 'peakRssMb') => {
      const entry = build(way)
      return entry && ours ? best(entry[key], field) / best(ours[key], field) : Number.NaN
    }
    ratio(
      'cold build: mdsvex + Shiki wall / sveltedown wall >= 1.3x',
      them('mdsvex-shiki', 'cold', 'wallMs'),
      1.3,
    )
    ratio('cold build: Astro wall / sveltedown wall >= 1.0x', them('astro', 'cold', 'wallMs'), 1)
    ratio('warm build: Astro wall / sveltedown wall >= 3x', them('astro', 'warm', 'wallMs'), 3)
    const rss = them('mdsvex-shiki', 'cold', 'peakRssMb')
    ratio('peak RSS, cold build: sveltedown / mdsvex + Shiki <= 1.0x', 1 / rss, 1, true)
    const large = r.edit.at(-1)
    if (large) {
      list.push({
        label: `one-line edit of the ${large.kib.toFixed(0)} KiB page recompiles in <= 150 ms`,
        value: `${n(large.bestMs)} ms`,
        met: large.bestMs <= 150,
      })
    }
    if (r.replay) {
      ratio(
        'warm pass: defaults / highlight: false <= 1.05x',
        r.replay.defaultsMs / r.replay.noHighlightMs,
        1.05,
        true,
      )
    }
    return list
  }
}

function n(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value)
    ? '-'
    : Math.round(value).toLocaleString('en-US')
}
