import fs from 'node:fs'
import path from 'node:path'
import { compile } from 'sveltedown'
import { afterAll, expect, test } from 'vitest'
import { loadProject } from '../src/index.ts'
import { copyApp, write } from './utils/pages.ts'

const roots: string[] = []

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true })
})

test('plugins the Vite plugin names by module specifier are loaded, so documents compile with them', async () => {
  const root = copyApp('kit-vite-config')
  roots.push(root)
  // A remark plugin that appends a paragraph, named by a path as `threads` allows.
  write(
    root,
    'remark-signature.js',
    `export default function signature(text) {\n  return (tree) => {\n    tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: text }] })\n  }\n}\n`,
  )
  const config = path.join(root, 'vite.config.ts')
  fs.writeFileSync(
    config,
    fs
      .readFileSync(config, 'utf8')
      .replace(
        "layout: './src/lib/Layout.svelte',",
        "layout: './src/lib/Layout.svelte',\n      remarkPlugins: [['./remark-signature.js', 'Signed by a plugin']],",
      ),
  )
  const project = await loadProject(root)
  const result = await compile('# Hi\n', { ...project.options, filename: path.join(root, 'a.svx') })
  expect(result.code).toContain('<p>Signed by a plugin</p>')
})
