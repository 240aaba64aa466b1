import path from 'node:path'
import { compile as compileSvelte } from 'svelte/compiler'
import { describe, expect, it } from 'vitest'
import { compile } from '../src/index.js'
import { fixtures } from './utils/paths.js'

/**
 * Named layouts chosen by folder, as mdsvex picks them (pngwn/MDsveX@950d624,
 * `map_layout_to_path`): with no `layout:` in the frontmatter, the first named layout whose
 * name is a folder on the document's path, else `_`. Fixtures compile as `input.svx` at the
 * fixture's root, so the folder rule is tested here with real paths.
 */
describe('layout by folder', () => {
  const root = path.join(fixtures, 'mdsvex', 'named-layouts-with-element-exports')
  const layout = { blog: './Blog.svelte', _: './Default.svelte' }

  async function layoutOf(filename: string, source = '# Hello\n') {
    const result = await compile(source, { filename, root, layout })
    // What the document imports its layout from, and Svelte compiles it.
    compileSvelte(result.code, { filename: 'page.svelte' })
    return /import Sveltedown_Layout\b.* from "([^"]+)"/.exec(result.code)?.[1]
  }

  it('gives a document under `blog/` the `blog` layout', async () => {
    expect(await layoutOf('src/routes/blog/first-post/+page.svx')).toBe('../../../../Blog.svelte')
    expect(await layoutOf(path.join(root, 'blog', 'post.svx'))).toBe('../Blog.svelte')
    expect(await layoutOf('blog/post.svx')).toBe('../Blog.svelte')
  })

  it('uses the fallback elsewhere, and only folders count', async () => {
    expect(await layoutOf('src/routes/about.svx')).toBe('../../Default.svelte')
    expect(await layoutOf('src/routes/blog.svx')).toBe('../../Default.svelte')
    expect(await layoutOf('src/routes/blogs/post.svx')).toBe('../../../Default.svelte')
  })

  it('lets the frontmatter choose, or turn it off', async () => {
    expect(await layoutOf('blog/post.svx', '---\nlayout: _\n---\n# Hi\n')).toBe('../Default.svelte')
    expect(await layoutOf('blog/post.svx', '---\nlayout: false\n---\n# Hi\n')).toBeUndefined()
  })

  it('has no fallback when `_` is not given', async () => {
    const result = await compile('# Hi\n', {
      filename: 'src/routes/about.svx',
      root,
      layout: { blog: './Blog.svelte' },
    })
    expect(result.code).not.toContain('Sveltedown_Layout')
  })
})
