import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { preprocess } from 'svelte/compiler'
import { describe, expect, it } from 'vitest'
import { compile, SveltedownError, sveltedown } from '../src/index.js'

const run = promisify(execFile)
const cli = path.resolve(import.meta.dirname, '../dist/cli.js')

describe('sveltedown() preprocessor', () => {
  it('compiles .svx and .mds files and returns code, a v3 map and dependencies', async () => {
    const result = await preprocess('# Hello {name}', [sveltedown()], { filename: 'src/page.svx' })
    expect(result.code).toContain('<h1 id="hello">Hello {name}</h1>')
    expect(result.code).toContain('export const headings')
    expect(result.map).toMatchObject({ version: 3 })
    expect(Array.isArray(result.dependencies)).toBe(true)

    const mds = await preprocess('*a*', [sveltedown()], { filename: 'b.mds' })
    expect(mds.code).toContain('<p><em>a</em></p>')
  })

  it('returns the layout in dependencies, and imports it from the folder of the document', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-layout-'))
    fs.mkdirSync(path.join(root, 'src/lib'), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'src/lib/Layout.svelte'),
      '<script>let { children } = $props()</script>{@render children?.()}',
    )
    const group = sveltedown({ root, layout: 'src/lib/Layout.svelte' })
    const result = await preprocess('# Hi', [group], {
      filename: path.join(root, 'src/routes/blog/+page.svx'),
    })
    expect(result.dependencies).toEqual([path.join(root, 'src/lib/Layout.svelte')])
    expect(result.code).toContain('import Sveltedown_Layout from "../../lib/Layout.svelte";')
    expect(result.code).toContain('<Sveltedown_Layout {...metadata}>')
    expect(result.code).not.toContain('$$props')
  })

  it('leaves other files untouched', async () => {
    const source = '<script>let a = 1</script>\n# not markdown'
    const result = await preprocess(source, [sveltedown()], { filename: 'App.svelte' })
    expect(result.code).toBe(source)
    const md = await preprocess('# x', [sveltedown()], { filename: 'README.md' })
    expect(md.code).toBe('# x')
  })

  it('compiles only the configured extensions', async () => {
    const group = sveltedown({ extensions: ['.md'] })
    expect((await preprocess('# a', [group], { filename: 'a.md' })).code).toContain('<h1')
    expect((await preprocess('# a', [group], { filename: 'a.svx' })).code).toBe('# a')
  })

  it('runs user remark and rehype plugins, sync and async, with options', async () => {
    const remarkUpper =
      () => (tree: { children: Array<{ type: string; children?: Array<{ value?: string }> }> }) => {
        for (const node of tree.children) {
          if (node.type === 'heading')
            for (const child of node.children ?? []) child.value = (child.value ?? '').toUpperCase()
        }
      }
    const rehypeAttribute =
      (options: { name: string }) =>
      async (tree: { children: Array<{ type: string; properties?: Record<string, unknown> }> }) => {
        await Promise.resolve()
        for (const node of tree.children)
          if (node.type === 'element' && node.properties) node.properties[options.name] = 'yes'
      }
    const result = await compile('# hi', {
      remarkPlugins: [remarkUpper],
      rehypePlugins: [[rehypeAttribute, { name: 'dataPlugin' }]],
    })
    expect(result.code).toContain('<h1 id="hi" data-plugin="yes">HI</h1>')
  })

  it('lets plugins change the frontmatter that is exported', async () => {
    const remarkDraft =
      () => (_: unknown, file: { data: { frontmatter?: Record<string, unknown> } }) => {
        if (file.data.frontmatter) file.data.frontmatter.draft = true
      }
    const result = await compile('---\ntitle: A\n---\n# {title}', { remarkPlugins: [remarkDraft] })
    expect(result.data.frontmatter).toEqual({ title: 'A', draft: true })
    expect(result.code).toContain('export const metadata = {"title":"A","draft":true};')
    expect(result.code).toContain('const { title, draft } = metadata;')
  })

  it('throws a located error with a frame of the .svx source', async () => {
    const error = await compile('# Title\n\n<Card>\ntext\n', { filename: 'post.svx' }).catch(
      (e) => e,
    )
    expect(error).toBeInstanceOf(SveltedownError)
    expect(error).toMatchObject({
      code: 'tag_unclosed',
      filename: 'post.svx',
      start: { line: 3, column: 1 },
      loc: { file: 'post.svx', line: 3, column: 1 },
    })
    expect(error.message).toBe(
      'Unexpected end of the document, expected a closing tag `</Card>` for `<Card>`',
    )
    expect(error.frame).toContain('3 | <Card>\n  | ^^^^^^')
  })
})

describe('sveltedown compile (CLI)', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-cli-'))
  const file = path.join(directory, 'post.svx')
  fs.writeFileSync(file, '---\ntitle: Hi\n---\n# {title}\n')

  it('prints the component', async () => {
    const { stdout } = await run(process.execPath, [cli, 'compile', file])
    expect(stdout).toContain('<h1 id="hi">{title}</h1>')
  })

  it('prints JSON with frontmatter and headings', async () => {
    const { stdout } = await run(process.execPath, [cli, 'compile', file, '--json'])
    const json = JSON.parse(stdout)
    expect(json.frontmatter).toEqual({ title: 'Hi' })
    // A frontmatter key in a heading is known at compile time, so it gives the id and text.
    expect(json.headings).toEqual([{ depth: 1, id: 'hi', text: 'Hi' }])
    expect(json.map.version).toBe(3)
  })

  it('prints the map after the code with --map', async () => {
    const { stdout } = await run(process.execPath, [cli, 'compile', file, '--map'])
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ version: 3 })
  })

  it('reports an error at the .svx line and exits 1', async () => {
    const bad = path.join(directory, 'bad.svx')
    fs.writeFileSync(bad, 'text\n\n{#if a}\nx\n')
    const error = await run(process.execPath, [cli, 'compile', bad]).catch((e) => e)
    expect(error.code).toBe(1)
    expect(error.stderr).toContain(`${bad}:3:1: error block_unclosed`)
    expect(error.stderr).toContain('3 | {#if a}')
  })
})
