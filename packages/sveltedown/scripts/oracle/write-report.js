// The oracle's report: the funnel (considered, kept, compared), the identical share, and the
// differences grouped by cause with an example each.

/**
 * @typedef {{ name: string, status: 'invalid' | 'markdown' | 'plain-fails' | 'nondeterministic'
 *   | 'identical' | 'different', reason?: string, cause?: string, detail?: string,
 *   blockProse?: boolean, findings?: { reason: string, text: string, line: number }[] }} Outcome
 */

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)

/** Entries of a count map, largest first, then by name (deterministic). */
function ranked(map) {
  return [...map.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
}

function group(items, keyOf) {
  const map = new Map()
  for (const item of items) {
    const key = keyOf(item)
    const entry = map.get(key) ?? { count: 0, examples: [] }
    entry.count++
    entry.examples.push(item)
    map.set(key, entry)
  }
  return map
}

/**
 * @param {{ folder: string, pin: string | undefined, outcomes: Outcome[], seconds: number }} input
 */
export function writeReport({ folder, pin, outcomes, seconds }) {
  const by = (status) => outcomes.filter((outcome) => outcome.status === status)
  const markdown = by('markdown')
  const onlyProse = markdown.filter((o) => o.findings.every((f) => f.reason === 'top-level prose'))
  const kept = outcomes.length - by('invalid').length - markdown.length
  const compared = by('identical').length + by('different').length
  const identical = by('identical').length
  const causes = group(by('different'), (o) => o.cause)
  const reasons = new Map()
  for (const outcome of markdown) {
    for (const finding of outcome.findings) {
      const entry = reasons.get(finding.reason) ?? { count: 0, examples: [] }
      entry.count++
      entry.examples.push({ name: outcome.name, finding })
      reasons.set(finding.reason, entry)
    }
  }
  const blockProse = outcomes.filter(
    (o) => o.blockProse && (o.status === 'identical' || o.status === 'different'),
  )

  const lines = [
    '# Svelte oracle report',
    '',
    `Folder: \`${folder}\`${pin ? `  \nSource: ${pin}` : ''}  `,
    `Time: ${seconds.toFixed(0)} s`,
    '',
    '| | components |',
    '|---|---:|',
    `| considered | ${outcomes.length} |`,
    `| not valid Svelte (Svelte's parser rejects them) | ${by('invalid').length} |`,
    `| excluded: text has Markdown syntax | ${markdown.length} |`,
    `| … of which only because of top-level prose | ${onlyProse.length} |`,
    `| **kept** (valid Svelte, no Markdown syntax) | **${kept}** |`,
    `| skipped: fail to render as plain .svelte (error or timeout) | ${by('plain-fails').length} |`,
    `| skipped: plain render differs between two runs | ${by('nondeterministic').length} |`,
    `| **compared** | **${compared}** |`,
    `| **render identically** | **${identical} (${percent(identical, compared)})** |`,
    `| differ | ${by('different').length} |`,
    `| compared ones with prose inside top-level blocks only (not excluded) | ${blockProse.length}, of which differ: ${blockProse.filter((o) => o.status === 'different').length} |`,
    '',
    '## Differences by cause',
    '',
    '| cause | count | example | first difference |',
    '|---|---:|---|---|',
    ...ranked(causes).map(
      ([cause, { count, examples }]) =>
        `| ${cell(cause)} | ${count} | \`${examples[0].name}\` | ${cell(examples[0].detail ?? '')} |`,
    ),
    '',
    '## All differences',
    '',
    ...ranked(causes).flatMap(([cause, { examples }]) => [
      `### ${cause}`,
      '',
      ...examples.map((o) => `- \`${o.name}\`: ${inline(o.detail ?? '')}`),
      '',
    ]),
    '## Markdown syntax that excluded components',
    '',
    'A component can show several; each is counted once per component.',
    '',
    '| syntax | components | example |',
    '|---|---:|---|',
    ...ranked(reasons).map(
      ([reason, { count, examples }]) =>
        `| ${cell(reason)} | ${count} | \`${examples[0].name}\` line ${examples[0].finding.line}: ${cell(JSON.stringify(examples[0].finding.text.slice(0, 50)))} |`,
    ),
    '',
    '## Skipped: fail to render as plain .svelte',
    '',
    ...ranked(group(by('plain-fails'), (o) => o.reason.replace(/\s.*$/, ''))).map(
      ([stage, { count, examples }]) =>
        `- ${stage} ${count}, e.g. \`${examples[0].name}\`: ${inline(examples[0].reason)}`,
    ),
    '',
  ]

  const summary = [
    `considered ${outcomes.length}, kept ${kept} (excluded: ${markdown.length} Markdown syntax, ${onlyProse.length} of them only top-level prose; ${by('invalid').length} invalid)`,
    `compared ${compared} (skipped ${by('plain-fails').length} failing plain, ${by('nondeterministic').length} nondeterministic)`,
    `identical ${identical}/${compared} = ${percent(identical, compared)}`,
    ...ranked(causes).map(
      ([cause, { count, examples }]) =>
        `  ${String(count).padStart(4)}  ${cause}  (e.g. ${examples[0].name})`,
    ),
  ].join('\n')
  return { markdown: lines.join('\n'), summary }
}

function inline(text) {
  return text.replace(/\n/g, '⏎').replace(/`/g, "'")
}

function cell(text) {
  return inline(text).replace(/\|/g, '\\|')
}
