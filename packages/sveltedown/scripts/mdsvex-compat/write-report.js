// The compatibility report: counts per site, then every failure grouped by cause.

/** The outcome of one page, as one word. */
export function outcomeOf(result) {
  if (result.timeout) return result.timeout === 'mdsvex' ? 'mdsvex-fails' : `timeout`
  if (result.crash) return 'crash'
  if (!result.mdsvex?.ok) return 'mdsvex-fails'
  if (!result.sveltedown?.ok) {
    return result.sveltedown.stage === 'svelte' ? 'svelte-rejects' : 'sveltedown-error'
  }
  if (!result.text) return 'compiles'
  if (!result.text.compared) return 'not-rendered'
  if (result.text.same) return result.text.typographyOnly ? 'typography' : 'same'
  return 'text-differs'
}

const columns = [
  ['pages', () => true],
  ['mdsvex ok', (o) => o !== 'mdsvex-fails'],
  [
    'sveltedown ok',
    (o) => !/^(mdsvex-fails|svelte-rejects|sveltedown-error|timeout|crash)$/.test(o),
  ],
  ['sveltedown error', (o) => o === 'sveltedown-error'],
  ['svelte rejects', (o) => o === 'svelte-rejects'],
  ['timeout/crash', (o) => o === 'timeout' || o === 'crash'],
  ['compared', (o) => /^(same|typography|text-differs)$/.test(o)],
  ['same text', (o) => o === 'same'],
  ['same but typography', (o) => o === 'typography'],
  ['text differs', (o) => o === 'text-differs'],
]

/**
 * @param {{ folder: string, results: any[], seconds: number, pins?: string }} input
 * @returns {string} Markdown
 */
export function writeReport({ folder, results, seconds, pins }) {
  const sites = [...new Set(results.map((r) => r.site))].sort()
  const outcomes = results.map((r) => ({ ...r, outcome: outcomeOf(r) }))
  const row = (label, items) =>
    `| ${label} | ${columns.map(([, test]) => items.filter((r) => test(r.outcome)).length).join(' | ')} |`
  const lines = [
    '# mdsvex compatibility',
    '',
    `Folder: \`${folder}\`  `,
    `Measured: ${new Date().toISOString()}, ${seconds} s`,
    '',
  ]
  if (pins) lines.push('Sources:', '', '```', pins.trim(), '```', '')
  lines.push(
    `| site | ${columns.map(([name]) => name).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...sites.map((site) =>
      row(
        site,
        outcomes.filter((r) => r.site === site),
      ),
    ),
    row('**total**', outcomes),
    '',
  )

  const section = (title, items, describe) => {
    if (items.length === 0) return
    lines.push(`## ${title} (${items.length})`, '')
    const groups = new Map()
    for (const item of items) {
      const [key, detail] = describe(item)
      if (!groups.has(key)) groups.set(key, [])
      groups.get(key).push(detail)
    }
    for (const [key, details] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`### ${key} (${details.length})`, '', ...details.map((d) => `- ${d}`), '')
    }
  }
  const at = (r) => (r.line ? `:${r.line}:${r.column ?? 0}` : '')
  section(
    'sveltedown errors',
    outcomes.filter((r) => r.outcome === 'sveltedown-error'),
    (r) => [r.sveltedown.code, `\`${r.name}${at(r.sveltedown)}\` ${r.sveltedown.message}`],
  )
  section(
    'sveltedown output rejected by Svelte',
    outcomes.filter((r) => r.outcome === 'svelte-rejects'),
    (r) => [
      r.sveltedown.code,
      `\`${r.name}\` (output ${at(r.sveltedown)}) ${r.sveltedown.message}`,
    ],
  )
  section(
    'timeouts and crashes',
    outcomes.filter((r) => r.outcome === 'timeout' || r.outcome === 'crash'),
    (r) => [r.timeout ? `timeout in ${r.timeout}` : 'crash', `\`${r.name}\` ${r.crash ?? ''}`],
  )
  section(
    'visible text differs',
    outcomes.filter((r) => r.outcome === 'text-differs'),
    (r) => [r.site, `\`${r.name}\` ${r.text.reason ?? r.text.diff}`],
  )
  const sameText = outcomes.filter((r) => r.outcome === 'same' || r.outcome === 'typography')
  const causes = new Map()
  for (const r of sameText) {
    if (!causes.has(r.structure)) causes.set(r.structure, [])
    causes.get(r.structure).push(r)
  }
  lines.push(
    `## HTML of the pages with the same text (${sameText.length}), compared as the oracle does`,
    '',
    '| HTML | pages | example | first difference |',
    '|---|---:|---|---|',
    ...[...causes]
      .sort((a, b) => b[1].length - a[1].length)
      .map(
        ([cause, items]) =>
          `| ${cause} | ${items.length} | \`${items[0].name}\` | ${(items[0].structureDetail ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`,
      ),
    '',
  )
  section(
    'not compared (the mdsvex page does not render with stubbed imports)',
    outcomes.filter((r) => r.outcome === 'not-rendered'),
    (r) => [r.site, `\`${r.name}\` ${r.text.reason}`],
  )
  section(
    'mdsvex or Svelte rejects the page (not counted)',
    outcomes.filter((r) => r.outcome === 'mdsvex-fails'),
    (r) => [r.site, `\`${r.name}\` ${r.mdsvex?.error ?? `timeout in ${r.timeout}`}`],
  )
  return `${lines.join('\n')}\n`
}
