import fs from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { copyApp, locate, write } from './utils/pages.ts'
import { cli, run } from './utils/run.ts'

const roots: string[] = []

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true })
})

/**
 * The blog of fixtures/apps/kit-content: its `content` schema turns `date` (written `2026-06-01`,
 * a string in YAML) into a `Date` and gives `draft` the default `false` and `tags` the default `[]`.
 * In the markup, they have the schema's output types (an empty list is not `never[]`), and
 * `cover`, optional and left out, is still a name (`string | undefined`).
 */
const misused = `---
title: Misused
date: 2026-06-01
---

Shouted: {date.toUpperCase()}

Rounded: {draft.toFixed(1)}
`

const typed = `---
title: Typed
date: 2026-06-01
---

Year {date.getUTCFullYear()}, {draft ? 'a draft' : 'published'}, {metadata.date.toISOString()}.

Tags: {tags.map((tag) => tag.toUpperCase()).join(', ')}

Cover: {cover ?? 'none'} (optional in the schema, not written here)
`

describe('sveltedown check: frontmatter typed by the schema of `content`', () => {
  test('a schema-typed key misused in markup is an error at its .svx line and column; correct uses are clean', async () => {
    const root = copyApp('kit-content')
    roots.push(root)
    write(root, 'src/routes/blog/misused/+page.svx', misused)
    write(root, 'src/routes/blog/typed/+page.svx', typed)
    const { code, stdout } = await run('node', [cli, '--output', 'machine'], { cwd: root })
    const lines = stdout
      .split('\n')
      .map((line) => line.replace(/^\d+ /, ''))
      .filter((line) => line.startsWith('ERROR') || line.startsWith('WARNING'))
    const date = locate(misused, 'toUpperCase')
    const draft = locate(misused, 'toFixed')
    expect(lines, stdout).toEqual([
      `ERROR "src/routes/blog/misused/+page.svx" ${date.line}:${date.column} ${JSON.stringify(
        "Property 'toUpperCase' does not exist on type 'Date'.",
      )}`,
      `ERROR "src/routes/blog/misused/+page.svx" ${draft.line}:${draft.column} ${JSON.stringify(
        "Property 'toFixed' does not exist on type 'boolean'.",
      )}`,
    ])
    expect(stdout).toContain('COMPLETED')
    expect(code).toBe(1)
  })
})
