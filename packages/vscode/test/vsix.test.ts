import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import yauzl from 'yauzl'
import { copyApp } from '../../check/test/utils/pages.ts'
import { positionOf, startEditor } from '../../language-server/test/utils/lsp-client.ts'

/**
 * The extension as users install it: `pnpm build`'s packaging (vsce, offline) runs, the .vsix is
 * unpacked as VS Code unpacks it, and the language server inside it, with nothing from this
 * repository beside it, answers an editor in the example app.
 */
const here = path.resolve(import.meta.dirname, '..')
let unpacked: string
let root: string

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: here, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`packaging failed:\n${build.stdout}\n${build.stderr}`)
  unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-vsix-'))
  root = copyApp('kit-vite-config')
}, 120_000)

afterAll(() => {
  for (const folder of [unpacked, root]) {
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

test('the .vsix holds the grammar, the language configuration and a server that runs on its own', async () => {
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

  const page = `<script lang="ts">
  import Counter from '$lib/Counter.svelte'
  let label: string = 42
</script>

# Packaged

<Counter start={1}>clicks</Counter>
`
  const editor = await startEditor(root, [path.join(unpacked, 'extension/dist/server/server.mjs')])
  try {
    const published = editor.diagnostics('src/routes/+page.svx')
    editor.open('src/routes/+page.svx', page)
    const diagnostics = (await published).filter((d) => (d.severity ?? 1) <= 2)
    expect(diagnostics).toEqual([
      expect.objectContaining({
        message: "Type 'number' is not assignable to type 'string'.",
        range: expect.objectContaining({ start: positionOf(page, 'label: string') }),
      }),
    ])
    const items = await editor.completion(
      'src/routes/+page.svx',
      positionOf(page, '<Counter start', '<Counter '.length),
    )
    expect(items.map((item) => item.label)).toContain('start?')
  } finally {
    await editor.stop()
  }
})
