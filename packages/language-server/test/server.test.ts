import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Hover, LocationLink } from 'vscode-languageserver-protocol'
import { copyApp, write } from '../../check/test/utils/pages.ts'
import { positionOf, startEditor } from './utils/lsp-client.ts'

/**
 * The server driven over stdio as an editor drives it, in a copy of the example SvelteKit app
 * (Svelte config in `vite.config.ts`, `sveltedown()` with a layout, as `npx sv create` and
 * `npx sv add @sveltedown` make it), with a component and documents added.
 */
const card = `<script lang="ts">
  import type { Snippet } from 'svelte'
  let { title, count = 0, children }: { title: string; count?: number; children?: Snippet } =
    $props()
</script>

<section><h2>{title} ({count})</h2>{@render children?.()}</section>
`
const page = `---
title: Editor support
---

<script lang="ts">
  import Card from '$lib/Card.svelte'
  let total: number = 'many'
</script>

# {title}

<Card title="Hello" count={2}>
Some **prose** in a card.
</Card>

## Totals

Total: {total}.
`
const prose = `# Only Markdown

Plain prose with *emphasis*, a [link](https://example.com), and \`code\`.

- a list
- with \`{braces}\` in code

\`\`\`js
const object = { a: 1 }
\`\`\`

| a | b |
| - | - |
| 1 | 2 |
`

let root: string
let editor: Awaited<ReturnType<typeof startEditor>>

beforeAll(async () => {
  root = copyApp('kit-vite-config')
  write(root, 'src/lib/Card.svelte', card)
  editor = await startEditor(root)
})

afterAll(async () => {
  await editor?.stop()
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

const file = 'src/routes/editor/+page.svx'

describe('the language server, over stdio', () => {
  test('a type error is reported at its .svx range', async () => {
    const published = editor.diagnostics(file)
    editor.open(file, page)
    const diagnostics = await published
    expect(diagnostics).toEqual([
      expect.objectContaining({
        message: "Type 'string' is not assignable to type 'number'.",
        source: 'ts',
        range: {
          start: positionOf(page, 'total: number'),
          end: positionOf(page, 'total: number', 'total'.length),
        },
      }),
    ])
  })

  test('hover on a prop gives its type', async () => {
    const hover = (await editor.hover(file, positionOf(page, 'count={2}', 1))) as Hover
    expect(String(hover.contents)).toContain('count?: number | undefined')
    expect(hover.range).toEqual({
      start: positionOf(page, 'count={2}'),
      end: positionOf(page, 'count={2}', 'count'.length),
    })
  })

  test('completion after `<Card ` gives its props, and frontmatter keys in expressions', async () => {
    const typed = page.replace('## Totals', '<Card \n\n## Totals')
    editor.change(file, typed)
    const props = await editor.completion(file, positionOf(typed, '<Card \n', '<Card '.length))
    expect(props.map((i) => i.label)).toEqual(
      expect.arrayContaining(['title', 'count?', 'children?']),
    )
    const expression = page.replace('Total: {total}.', 'Total: {ti}.')
    editor.change(file, expression)
    const keys = await editor.completion(file, positionOf(expression, '{ti}', 3))
    expect(keys.map((i) => i.label)).toContain('title')
    expect(keys.map((i) => i.label)).toContain('total')
  })

  test('no Svelte completions in prose or in a code fence', async () => {
    const fenced = `${page}\n\`\`\`js\nconst a = 1\n\`\`\`\n`
    editor.change(file, fenced)
    expect(await editor.completion(file, positionOf(fenced, 'prose** in', 3))).toEqual([])
    expect(await editor.completion(file, positionOf(fenced, 'const a', 6))).toEqual([])
    expect(await editor.hover(file, positionOf(fenced, 'Some **prose', 2))).toBeNull()
  })

  test('editing the document updates its diagnostics', async () => {
    const fixed = page.replace("let total: number = 'many'", 'let total: number = 3')
    let version = editor.change(file, fixed)
    expect(await editor.diagnostics(file, version)).toEqual([])
    const broken = fixed.replace('Total: {total}.', 'Total: {totl}.')
    version = editor.change(file, broken)
    // Errors and warnings; TypeScript's hints (`total` now unused) are not problems.
    const problems = (await editor.diagnostics(file, version)).filter((d) => (d.severity ?? 1) <= 2)
    expect(problems).toEqual([
      expect.objectContaining({
        message: "Cannot find name 'totl'. Did you mean 'total'?",
        range: {
          start: positionOf(broken, 'totl}'),
          end: positionOf(broken, 'totl}', 4),
        },
      }),
    ])
    // sveltedown's own error, from the compile, at its place.
    const unclosed = `${fixed}\n{#if total}\nMore.\n`
    version = editor.change(file, unclosed)
    expect(await editor.diagnostics(file, version)).toEqual([
      expect.objectContaining({
        source: 'sveltedown',
        code: 'block_unclosed',
        range: expect.objectContaining({ start: positionOf(unclosed, '{#if total}') }),
      }),
    ])
    editor.change(file, page)
  })

  test('go to definition of an imported component gives the component file', async () => {
    const result = (await editor.definition(file, positionOf(page, '<Card title', 2))) as
      | LocationLink[]
      | null
    expect(result?.map((link) => link.targetUri)).toEqual([
      pathToFileURL(path.join(root, 'src/lib/Card.svelte')).href,
    ])
  })

  test('go to definition of a $lib module import gives the file', async () => {
    const result = (await editor.definition(file, positionOf(page, "'$lib/Card", 3))) as
      | LocationLink[]
      | null
    expect(result?.map((link) => link.targetUri)).toEqual([
      pathToFileURL(path.join(root, 'src/lib/Card.svelte')).href,
    ])
  })

  test('renaming a script variable edits its declaration and its uses in the markup', async () => {
    const edit = await editor.rename(file, positionOf(page, 'total: number'), 'sum')
    const edits = edit?.changes?.[editor.uriOf(file)] ?? []
    expect(edits.map((e) => e.range.start).sort((a, b) => a.line - b.line)).toEqual([
      positionOf(page, 'total: number'),
      positionOf(page, 'total}'),
    ])
    expect(edits.every((e) => e.newText === 'sum')).toBe(true)
  })

  test('document symbols are the headings, nested', async () => {
    const symbols = await editor.symbols(file)
    expect(symbols?.map((s) => s.name)).toEqual(['{title}'])
    expect(symbols?.[0]?.children?.map((s) => s.name)).toEqual(['Totals'])
    expect(symbols?.[0]?.selectionRange.start).toEqual(positionOf(page, '# {title}'))
  })

  test('a Markdown-only document: no Svelte noise', async () => {
    const other = 'src/routes/prose/+page.svx'
    const published = editor.diagnostics(other)
    editor.open(other, prose)
    expect(await published).toEqual([])
    expect(await editor.completion(other, positionOf(prose, 'Plain prose', 3))).toEqual([])
    expect(await editor.completion(other, positionOf(prose, '{braces}', 2))).toEqual([])
    expect(await editor.completion(other, positionOf(prose, 'const object', 6))).toEqual([])
    expect(await editor.hover(other, positionOf(prose, 'emphasis', 2))).toBeNull()
    expect((await editor.symbols(other))?.map((s) => s.name)).toEqual(['Only Markdown'])
  })
})
