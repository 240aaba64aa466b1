import type { CompileBenchResults } from './bench-compile.ts'

const number = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a'

/** The Markdown report of a compile benchmark run. */
export function formatReport(results: CompileBenchResults, command = 'pnpm bench'): string {
  const { environment: env, corpus } = results
  const lines = [
    '# Compile benchmark',
    '',
    `Run ${env.date} on ${env.platform}, ${env.cpus} CPUs, Node ${env.node}; \`${command}\`.`,
    '',
    `Corpus: ${corpus.documents} documents (${number(corpus.bytes / 1024, 1)} KiB). Measured: the ${corpus.measured} documents (${number(corpus.measuredBytes / 1024, 1)} KiB) that every pipeline accepts.`,
    '',
    '| pipeline | rejected documents |',
    '| --- | --- |',
    ...Object.entries(results.rejected).map(
      ([name, counts]) =>
        `| ${name} | ${
          Object.entries(counts)
            .map(([code, count]) => `${count} (${code})`)
            .join(', ') || '0'
        } |`,
    ),
    '',
    '## Throughput',
    '',
    'All pipelines in one process, passes interleaved after a warm-up (each pass starts with the',
    'next pipeline); the median pass. "Cold" is the first pass over the whole corpus (setup,',
    'grammars, lazy loading; compileMany in fresh worker threads): what one `vite build` pays.',
    'Peak RSS is measured in a separate process per pipeline. sveltedown keeps highlighted blocks',
    'in memory, so warm passes re-use them (as a dev server does); the cold column shows the cost',
    'without that.',
    '',
    '| pipeline | docs/s | median pass ms | ms per KiB | cold pass ms | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.speed.map(
      (entry) =>
        `| ${entry.name} | ${number(entry.docsPerSecond, 1)} | ${number(entry.median)} | ${number(entry.median / (corpus.measuredBytes / 1024), 2)} | ${number(entry.coldMs)} | ${entry.memoryMb === undefined ? 'n/a' : number(entry.memoryMb)} |`,
    ),
    '',
    '![docs/s per pipeline](compile.svg)',
    '',
    '## Targets',
    '',
    '| ratio | value | target | met |',
    '| --- | ---: | --- | --- |',
    ...results.ratios.map(
      (ratio) =>
        `| ${ratio.label} | ${number(ratio.value, 3)} | ${ratio.target} | ${ratio.met ? 'yes' : 'no'} |`,
    ),
  ]
  if (results.cache) {
    const cache = results.cache
    lines.push(
      '',
      '## Persistent cache',
      '',
      `The whole corpus (${cache.documents} documents, rejected ones included: their errors are cached too) built through \`createCompileCache()\`, each build in a fresh process.`,
      '',
      '| build | ms |',
      '| --- | ---: |',
      `| cold (empty cache) | ${number(cache.coldMs)} |`,
      `| warm (${cache.hits} results read from the cache, ${cache.errors} errors) | ${number(cache.warmMs)} |`,
      `| speed-up | ${number(cache.speedup, 1)}x (target >= 20x) |`,
    )
  }
  if (results.scale) {
    lines.push(
      '',
      '## Scaling',
      '',
      'The measured documents compiled 1, 5 and 10 times over (as a site with that many documents), warm:',
      '',
      '| config | copies | documents | ms | ms per document |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...results.scale.copies.map(
        (row) =>
          `| ${row.config} | ${row.copies} | ${row.documents} | ${number(row.ms)} | ${number(row.msPerDocument, 2)} |`,
      ),
      '',
      'One document made of the corpus documents one after another, at growing sizes (best of 3):',
      '',
      '| config | KiB | ms | ms per KiB |',
      '| --- | ---: | ---: | ---: |',
      ...results.scale.size.map(
        (row) =>
          `| ${row.config} | ${number(row.kib)} | ${number(row.ms)} | ${number(row.msPerKib, 2)} |`,
      ),
    )
  }
  if (results.deep) {
    lines.push(
      '',
      '## Deep nesting',
      '',
      '| document | depth | KiB | result | line | ms |',
      '| --- | ---: | ---: | --- | ---: | ---: |',
      ...results.deep.map(
        (row) =>
          `| ${row.name} | ${row.depth} | ${number(row.bytes / 1024, 1)} | ${row.outcome} | ${row.line ?? ''} | ${number(row.ms)} |`,
      ),
    )
  }
  return `${lines.join('\n')}\n`
}

/** A horizontal bar chart of docs/s, sveltedown's bars in orange. */
export function renderChart(results: CompileBenchResults): string {
  const rows = results.speed
  const width = 760
  const label = 360
  const bar = 22
  const gap = 8
  const top = 36
  const height = top + rows.length * (bar + gap) + 16
  const max = Math.max(...rows.map((row) => row.docsPerSecond).filter(Number.isFinite), 1)
  const scale = (width - label - 70) / max
  const escapeXml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const bars = rows.map((row, index) => {
    const y = top + index * (bar + gap)
    const length = Number.isFinite(row.docsPerSecond) ? row.docsPerSecond * scale : 0
    const color = row.id.startsWith('sveltedown') ? '#ff3e00' : '#7a8694'
    return [
      `<text x="${label - 8}" y="${y + bar / 2 + 4}" text-anchor="end">${escapeXml(row.name)}</text>`,
      `<rect x="${label}" y="${y}" width="${length.toFixed(1)}" height="${bar}" fill="${color}"/>`,
      `<text x="${(label + length + 6).toFixed(1)}" y="${y + bar / 2 + 4}">${number(row.docsPerSecond, 0)}</text>`,
    ].join('')
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="14" font-weight="bold">Compile throughput, documents per second (${results.corpus.measured} corpus documents, higher is better)</text>`,
    ...bars,
    '</svg>',
    '',
  ].join('\n')
}
