import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A page with one of each of the four errors the issue names: a wrong prop type, an undefined
 * variable in the markup, a broken import, and a string frontmatter key used as a number.
 */
export function errorPage(libImport = '$lib'): string {
  return `---
title: Checked
count: five
---

<script lang="ts">
  import Counter from '${libImport}/Counter.svelte'
  import Missing from '${libImport}/Missing.svelte'
</script>

# {title}

<Counter start="zero">clicks</Counter>

Undefined: {notDefined}.

Twice: {count * 2}
`
}

/** The four errors, each at the `.svx` line and column of the text it is about. */
export function expectedErrors(page: string) {
  return [
    {
      at: locate(page, `'${libOf(page)}/Missing.svelte'`),
      message: /^Cannot find module '.+\/Missing\.svelte'/,
    },
    {
      at: locate(page, 'start="zero"'),
      message: /^Type 'string' is not assignable to type 'number'/,
    },
    { at: locate(page, 'notDefined'), message: /^Cannot find name 'notDefined'/ },
    { at: locate(page, 'count * 2'), message: /^The left-hand side of an arithmetic operation/ },
  ]
}

function libOf(page: string): string {
  return /from '([^/]+)\/Counter/.exec(page)?.[1] ?? '$lib'
}

/** 1-based line and column of the first occurrence of `text`. */
export function locate(source: string, text: string): { line: number; column: number } {
  const offset = source.indexOf(text)
  if (offset < 0) throw new Error(`${text} not in the page`)
  const before = source.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}

/**
 * A copy of an example app in a temporary folder, using the app's installed `node_modules`, so a
 * test can add broken pages and rewrite configs.
 */
export function copyApp(name: string): string {
  const source = path.resolve(import.meta.dirname, '../../../../fixtures/apps', name)
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `sveltedown-check-${name}-`))
  for (const entry of fs.readdirSync(source)) {
    if (['node_modules', '.svelte-kit', 'build'].includes(entry)) continue
    fs.cpSync(path.join(source, entry), path.join(directory, entry), { recursive: true })
  }
  fs.symlinkSync(path.join(source, 'node_modules'), path.join(directory, 'node_modules'))
  return directory
}

export function write(root: string, file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), content)
}
