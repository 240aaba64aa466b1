import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import yauzl from 'yauzl'
import { createSvApp } from '../../../test-utils/create-sv-app.ts'
import { positionOf, startEditor } from '../../language-server/test/utils/lsp-client.ts'

/**
 * The extension as users install it, on a project as users make one: `pnpm build`'s packaging
 * (vsce, offline) runs, the .vsix is unpacked as VS Code unpacks it, and the language server
 * inside it, with nothing from this repository beside it, answers an editor in a fresh
 * `npx sv create` app after `npx sv add @sveltedown` (which needs the npm registry).
 */
const here = path.resolve(import.meta.dirname, '..')
let unpacked: string
let root: string

let work: string

/** What the .vsix is made of. */
const inputs = [
  path.join(here, 'package.json'),
  path.join(here, 'language-configuration.json'),
  path.join(here, 'syntaxes'),
  path.join(here, 'src'),
  path.join(here, 'scripts'),
  path.resolve(here, '../language-server/dist'),
  path.resolve(here, '../check/dist'),
  path.resolve(here, '../sveltedown/dist'),
]

/** Whether `output` is missing or older than a file in `sources` (files or folders). */
function stale(output: string, sources: string[]): boolean {
  if (!fs.existsSync(output)) return true
  const built = fs.statSync(output).mtimeMs
  const newer = (file: string): boolean => {
    const stat = fs.statSync(file)
    if (!stat.isDirectory()) return stat.mtimeMs > built
    return fs.readdirSync(file).some((name) => newer(path.join(file, name)))
  }
  return sources.some((source) => fs.existsSync(source) && newer(source))
}

beforeAll(async () => {
  // `pnpm build` packages the .vsix; package again when anything that goes into it is newer.
  if (stale(path.join(here, 'dist/sveltedown.vsix'), inputs)) {
    const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: here, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`packaging failed:\n${build.stdout}\n${build.stderr}`)
  }
  unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-vsix-'))
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-vsix-sv-'))
  root = await createSvApp(work)
}, 300_000)

afterAll(() => {
  for (const folder of [unpacked, work]) {
    if (folder) fs.rmSync(folder, { recursive: true, force: true })
  }
})

function unzip(file: string, into: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      const names: string[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        const target = path.join(into, entry.fileName)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          stream.pipe(fs.createWriteStream(target)).on('finish', () => zip.readEntry())
        })
      })
      zip.on('end', () => resolve(names))
      zip.readEntry()
    })
  })
}

test('the .vsix holds the grammar, the language configuration and a server that runs on its own, in an `sv create` app', async () => {
  const names = await unzip(path.join(here, 'dist/sveltedown.vsix'), unpacked)
  expect(names).toEqual(
    expect.arrayContaining([
      'extension/package.json',
      'extension/dist/extension.cjs',
      'extension/dist/server/server.mjs',
      'extension/syntaxes/svx.tmLanguage.json',
      'extension/language-configuration.json',
    ]),
  )
  const manifest = JSON.parse(
    fs.readFileSync(path.join(unpacked, 'extension/package.json'), 'utf8'),
  )
  expect(manifest.contributes.languages[0].extensions).toEqual(['.svx', '.mds'])
  // No node_modules: the server is one bundle, with the files it reads beside it.
  expect(names.some((name) => name.includes('node_modules'))).toBe(false)

  const card = `<script lang="ts">
\tlet { title, count = 0 }: { title: string; count?: number } = $props();
</script>

<p>{title} {count}</p>
`
  fs.writeFileSync(path.join(root, 'src/lib/Card.svelte'), card)
  const file = 'src/routes/real/+page.svx'
  const page = `---
title: A real app
---

<script lang="ts">
\timport Card from '$lib/Card.svelte';
\tlet total: number = 'many';
</script>

# {title}

<Card title="a" count={1} />

Total: {total}.
`
  const editor = await startEditor(root, [path.join(unpacked, 'extension/dist/server/server.mjs')])
  try {
    const published = editor.diagnostics(file)
    editor.open(file, page)
    const diagnostics = (await published).filter((d) => (d.severity ?? 1) <= 2)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        message: "Type 'string' is not assignable to type 'number'.",
        range: {
          start: positionOf(page, 'total: number'),
          end: positionOf(page, 'total: number', 'total'.length),
        },
      }),
    ])
    const hover = await editor.hover(file, positionOf(page, 'count={1}', 1))
    expect(String(hover?.contents)).toContain('count?: number | undefined')
    const typed = page.replace('Total:', '<Card \n\nTotal:')
    editor.change(file, typed)
    const items = await editor.completion(file, positionOf(typed, '<Card \n', '<Card '.length))
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['title', 'count?']))
    editor.change(file, page)
    const definition = await editor.definition(file, positionOf(page, '<Card', 2))
    expect((definition as Array<{ targetUri: string }>).map((d) => d.targetUri)).toEqual([
      pathToFileURL(path.join(root, 'src/lib/Card.svelte')).href,
    ])
    expect((await editor.symbols(file))?.map((symbol) => symbol.name)).toEqual(['{title}'])
  } finally {
    await editor.stop()
  }
})
