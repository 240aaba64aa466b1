import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { preprocess } from 'svelte/compiler'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  compile,
  createCompileCache,
  createProcessor,
  SveltedownError,
  sveltedown,
} from '../src/index.js'

let dir: string
let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-cache-test-'))
  dir = path.join(root, 'cache')
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

function entries(): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.json'))
}

describe('createCompileCache()', () => {
  it('returns the same result as compile() from disk, in a new cache instance (a new build)', async () => {
    const source = '---\ntitle: Hi\n---\n\n# {title}\n\n```js\nconst a = 1\n```\n'
    const options = { filename: 'src/page.svx', root }
    const fresh = await compile(source, options)
    const first = await createCompileCache({ dir, root }).compile(source, options)
    expect(first.cached).toBe(false)
    const second = await createCompileCache({ dir, root }).compile(source, options)
    expect(second.cached).toBe(true)
    expect(second.code).toBe(fresh.code)
    expect(second.map).toEqual(fresh.map)
    expect(second.data).toEqual(fresh.data)
    expect(entries()).toHaveLength(1)
  })

  it('misses when the source, an option, a plugin, the file name or the key changes', async () => {
    const cache = createCompileCache({ dir, root })
    const base = { filename: 'a.svx', root }
    const plugin = () => (tree: unknown) => tree
    const other = () => () => undefined
    const source = '# Hello\n'
    expect((await cache.compile(source, base)).cached).toBe(false)
    expect((await cache.compile(source, base)).cached).toBe(true)
    expect((await cache.compile('# Hello!\n', base)).cached).toBe(false)
    expect((await cache.compile(source, { ...base, headingIds: false })).cached).toBe(false)
    expect((await cache.compile(source, { ...base, remarkPlugins: [plugin] })).cached).toBe(false)
    expect((await cache.compile(source, { ...base, remarkPlugins: [plugin] })).cached).toBe(true)
    expect((await cache.compile(source, { ...base, remarkPlugins: [other] })).cached).toBe(false)
    expect((await cache.compile(source, { ...base, filename: 'b.svx' })).cached).toBe(false)
    const keyed = createCompileCache({ dir, root, key: 'v2' })
    expect((await keyed.compile(source, base)).cached).toBe(false)
  })

  it('misses when a layout changes, and returns it as a dependency', async () => {
    const layout = path.join(root, 'Layout.svelte')
    fs.writeFileSync(
      layout,
      '<script>let { children } = $props()</script>\n{@render children?.()}\n',
    )
    const options = { filename: 'page.svx', root, layout: 'Layout.svelte' }
    const cache = createCompileCache({ dir, root })
    const first = await cache.compile('A [link](/x)\n', options)
    expect(first.dependencies).toEqual([layout])
    expect(first.code).toContain('<a href="/x">')
    expect((await cache.compile('A [link](/x)\n', options)).cached).toBe(true)
    // The layout now replaces links: the cached output would be wrong.
    fs.writeFileSync(
      layout,
      "<script module>export { default as a } from './Link.svelte'</script>\n<script>let { children } = $props()</script>\n{@render children?.()}\n",
    )
    const changed = await cache.compile('A [link](/x)\n', options)
    expect(changed.cached).toBe(false)
    expect(changed.code).toContain('<Sveltedown_a href="/x">')
  })

  it('misses when a version changes (the toolchain is part of every key)', async () => {
    const { toolchainVersions } = await import('../src/cache/fingerprint.js')
    const read = (name: string) =>
      JSON.parse(
        fs.readFileSync(
          path.resolve(import.meta.dirname, '../node_modules', name, 'package.json'),
          'utf8',
        ),
      ).version
    const versions = toolchainVersions()
    expect(versions).toContain(`svelte@${read('svelte')}`)
    expect(versions).toContain(`shiki@${read('shiki')}`)
    expect(versions).toContain(`unified@${read('unified')}`)
    expect(versions).toContain(`sveltedown@${read('../')}`)
    expect(versions.some((entry) => /^build:[0-9a-f]{64}$/.test(entry))).toBe(true)
    // An entry written under another toolchain has another key, and a key is checked on read.
    const cache = createCompileCache({ dir, root })
    await cache.compile('# a\n', { filename: 'a.svx' })
    const file = path.join(dir, entries()[0] as string)
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, JSON.stringify({ ...stored, key: 'written-by-svelte-5.0.0' }))
    expect((await cache.compile('# a\n', { filename: 'a.svx' })).cached).toBe(false)
  })

  it('caches a document error and throws it again, positioned', async () => {
    const cache = createCompileCache({ dir, root })
    const source = '---\ntitle: @sveltejs/kit\n---\n\n# Hi\n'
    const first = await cache.compile(source, { filename: 'bad.svx' }).catch((error) => error)
    expect(first).toBeInstanceOf(SveltedownError)
    const again = await cache.compile(source, { filename: 'bad.svx' }).catch((error) => error)
    expect(again).toBeInstanceOf(SveltedownError)
    expect(again.code).toBe('frontmatter_invalid')
    expect(again.start.line).toBe(first.start.line)
    expect(again.frame).toBe(first.frame)
  })

  it('treats a damaged entry as a miss and leaves no temporary files behind', async () => {
    const cache = createCompileCache({ dir, root })
    await cache.compile('# a\n', { filename: 'a.svx' })
    const file = path.join(dir, entries()[0] as string)
    fs.writeFileSync(file, '{"key": "trunc')
    expect((await cache.compile('# a\n', { filename: 'a.svx' })).cached).toBe(false)
    expect((await cache.compile('# a\n', { filename: 'a.svx' })).cached).toBe(true)
    const all = fs.readdirSync(dir, { recursive: true }).map(String)
    expect(all.filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('is safe when two builds write the same entries at once', async () => {
    const documents = Array.from({ length: 20 }, (_, index) => `# Doc ${index}\n\nText ${index}.\n`)
    const a = createCompileCache({ dir, root })
    const b = createCompileCache({ dir, root })
    const options = (index: number) => ({ filename: `d${index}.svx`, highlight: false as const })
    await Promise.all([
      ...documents.map((source, index) => a.compile(source, options(index))),
      ...documents.map((source, index) => b.compile(source, options(index))),
    ])
    expect(entries()).toHaveLength(20)
    const c = createCompileCache({ dir, root })
    for (const [index, source] of documents.entries()) {
      const result = await c.compile(source, options(index))
      expect(result.cached).toBe(true)
      expect(result.code).toContain(`<h1 id="doc-${index}">Doc ${index}</h1>`)
    }
  })
})

describe('sveltedown() preprocessor cache', () => {
  it('writes entries by default under the cache dir and none with cache: false', async () => {
    const group = sveltedown({ root, cache: { dir } })
    const first = await preprocess('# Hi\n', [group], { filename: path.join(root, 'a.svx') })
    expect(entries()).toHaveLength(1)
    const second = await preprocess('# Hi\n', [sveltedown({ root, cache: { dir } })], {
      filename: path.join(root, 'a.svx'),
    })
    expect(second.code).toBe(first.code)
    fs.rmSync(dir, { recursive: true, force: true })
    await preprocess('# Hi\n', [sveltedown({ root, cache: false })], {
      filename: path.join(root, 'b.svx'),
    })
    expect(entries()).toHaveLength(0)
  })
})

describe('highlighted blocks kept in memory', () => {
  it('give the same code and sourcemap as a fresh compile when the block moves', async () => {
    const block = '```js\nconst answer = { a: 1 } // <b>\n```\n'
    const first = `# One\n\n${block}`
    const moved = `# Two\n\nSome text.\n\n> quoted\n\n${block}\n- item\n\n  ${block.replaceAll('\n', '\n  ')}`
    // Warm the shared processor with the block, then compile it at other places.
    await compile(first, { filename: 'one.svx' })
    const warm = await compile(moved, { filename: 'two.svx' })
    const file = await createProcessor({}).process({ value: moved, path: 'two.svx' } as never)
    expect(warm.code).toBe(String(file.value))
    expect(warm.map).toEqual(file.map)
  })

  it('are filled in when a layout replaces elements inside them, on every compile', async () => {
    const source = '# Code\n\n```js\nconst a = 1\n```\n'
    const filename = path.join(root, 'a.svx')
    // Recorded once without a layout; then compiled twice with a layout that replaces `span`
    // (inside the block) or `pre` (the block itself).
    await compile(source, { filename, root })
    fs.writeFileSync(
      path.join(root, 'Element.svelte'),
      '<script>let { children } = $props()</script><i>{@render children()}</i>\n',
    )
    for (const name of ['span', 'pre']) {
      const layout = path.join(root, `${name}-layout.svelte`)
      fs.writeFileSync(
        layout,
        `<script module>export { default as ${name} } from './Element.svelte'</script>\n<script>let { children } = $props()</script>{@render children()}\n`,
      )
      const first = await compile(source, { layout, root, filename })
      const second = await compile(source, { layout, root, filename })
      expect(first.code).toContain(`<Sveltedown_${name}`)
      expect(second.code).toBe(first.code)
      expect(second.map).toEqual(first.map)
      expect(first.code).toContain('const')
    }
  })
})
