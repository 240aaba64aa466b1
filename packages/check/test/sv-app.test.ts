import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSvApp } from '../../../test-utils/create-sv-app.ts'
import { errorPage, expectedErrors, write } from './utils/pages.ts'
import { run } from './utils/run.ts'

/**
 * A fresh app as a user makes one: `npx sv create` (TypeScript), `npx sv add @sveltedown` (this
 * repository's add-on), install, and the app's own `check` script, which the add-on pointed at
 * `sveltedown check`. The unpublished packages come from `pnpm pack` tarballs through pnpm
 * overrides. Needs `pnpm build` first and the npm registry; npm's cache is kept between runs.
 */
let work: string
let root: string

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-check-sv-'))
  root = await createSvApp(work)
}, 300_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('sveltedown check in a fresh `sv create` app after `sv add @sveltedown`', () => {
  test('the add-on put sveltedown check in the check script; the example page is clean', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(pkg.scripts.check).toMatch(/^svelte-kit sync && sveltedown check --tsconfig /)
    expect(pkg.devDependencies).toHaveProperty('@sveltedown/check')
    const { code, stdout } = await run('pnpm', ['run', 'check'], { cwd: root })
    expect(stdout).toContain('sveltedown check found 0 errors and 0 warnings')
    expect(code).toBe(0)
  })

  test('errors in a page: at .svx lines, exit code 1 (--output machine-verbose)', async () => {
    write(
      root,
      'src/lib/Counter.svelte',
      '<script lang="ts">\n\tlet { start = 0 }: { start?: number } = $props();\n</script>\n\n<p>{start}</p>\n',
    )
    const page = errorPage()
    write(root, 'src/routes/checked/+page.svx', page)
    const { code, stdout } = await run(
      'pnpm',
      ['run', '--silent', 'check', '--output', 'machine-verbose'],
      { cwd: root },
    )
    expect(code).not.toBe(0)
    const found = stdout
      .split('\n')
      .filter((line) => /^\d+ \{/.test(line))
      .map((line) => JSON.parse(line.replace(/^\d+ /, '')))
      .filter((d) => d.filename === 'src/routes/checked/+page.svx')
    const expected = expectedErrors(page)
    expect(found).toHaveLength(expected.length)
    for (const error of expected) {
      // machine-verbose keeps svelte-check's 0-based LSP positions.
      expect(found.find((d) => error.message.test(d.message))).toMatchObject({
        type: 'ERROR',
        start: { line: error.at.line - 1, character: error.at.column - 1 },
      })
    }
  })
})
