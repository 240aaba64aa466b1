import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { buildSite } from './build-site.ts'
import { formatReport } from './report.ts'
import { readCorpus, selectPages } from './select-pages.ts'
import { writeSite } from './write-site.ts'

const corpus =
  process.env.SITE_CORPUS ?? path.resolve(import.meta.dirname, '../../../shared/corpus')

// The smoke run of the site benchmark: two pages, one way, with this Node (SvelteKit 2 runs on
// Node 20; the benchmark itself builds every way on Node 22 for Astro).
test('the site benchmark builds corpus pages with sveltedown into static pages and reports them', async () => {
  const { pages } = await selectPages(
    readCorpus(corpus)
      .filter((page) => page.source.includes('```js'))
      .slice(0, 2),
  )
  expect(pages).toHaveLength(2)
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-site-smoke-'))
  try {
    writeSite(directory, 'sveltedown', pages)
    const measured = await buildSite(directory, 'sveltedown', process.execPath, { cold: true })
    // Both pages and the index, prerendered.
    expect(measured.pages).toBe(3)
    expect(measured.wallMs).toBeGreaterThan(0)
    expect(measured.peakRssMb).toBeGreaterThan(0)
    const html = fs.readFileSync(path.join(directory, `build/${pages[0]?.slug}.html`), 'utf8')
    // A run of plain words at the start of a line: the same text in the HTML.
    const prose = /^[A-Z][A-Za-z ,]{24}/m.exec(pages[0]?.source ?? '')?.[0]
    expect(prose).toBeDefined()
    expect(html).toContain('<main>')
    expect(html).toContain(prose?.slice(0, 30))
    // Code blocks highlighted by Shiki with the two default themes.
    expect(html).toContain('--shiki-dark')
    const report = formatReport(
      {
        environment: { node: process.version, cpus: 2, date: new Date().toISOString() },
        pages: 2,
        leftOut: 0,
        bytes: 1,
        builds: [{ way: 'sveltedown', cold: [measured], warm: [measured] }],
        dev: [],
        edit: [],
        cold: [],
      },
      'LIMIT=2 pnpm --filter ./bench run bench:site',
    )
    expect(report).toContain('| SvelteKit + sveltedown (defaults: Shiki, two themes) | 3 |')
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}, 180_000)
