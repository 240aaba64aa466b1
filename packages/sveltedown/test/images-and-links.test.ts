import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { preprocess } from 'svelte/compiler'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compile, createCompileCache, SveltedownError, sveltedown } from '../src/index.js'

let root: string

/** Write files under the temporary project root. */
function write(files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-links-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('relative images', () => {
  it('imports `../` paths from a document in a subfolder, and lists them as dependencies', async () => {
    write({ 'src/assets/b.jpg': 'not really a jpeg', 'src/routes/blog/post/+page.svx': '' })
    const result = await compile('![a](../../../assets/b.jpg)\n', {
      root,
      filename: 'src/routes/blog/post/+page.svx',
    })
    expect(result.code).toContain('import Sveltedown_image_0 from "../../../assets/b.jpg";')
    expect(result.code).toContain('<img src={Sveltedown_image_0} alt="a" />')
    expect(result.dependencies).toEqual([path.join(root, 'src/assets/b.jpg')])
  })

  it('reports a missing file with the path from the project root, at the image', async () => {
    const error = await compile('Text\n\n  ![a](./sub/gone.png)\n', {
      root,
      filename: 'src/page.svx',
    }).catch((caught) => caught)
    expect(error).toBeInstanceOf(SveltedownError)
    expect([error.code, error.start.line, error.start.column]).toEqual(['asset_not_found', 3, 3])
    expect(error.message).toBe(
      'Unexpected missing file `src/sub/gone.png` for image `./sub/gone.png`, expected a file at that path (relative to the document)',
    )
    expect(error.frame).toContain('3 |   ![a](./sub/gone.png)')
  })

  it('imports a path through an alias (`$lib/…`) as written: the bundler resolves it', async () => {
    const result = await compile('![a]($lib/images/a.png)\n', { root, filename: 'src/page.svx' })
    expect(result.code).toContain('import Sveltedown_image_0 from "$lib/images/a.png";')
    expect(result.code).toContain('<img src={Sveltedown_image_0} alt="a" />')
  })

  it('leaves images as written without a file name (nothing to resolve them against)', async () => {
    expect((await compile('![a](./gone.png)\n', { root })).code).toContain('src="./gone.png"')
  })

  it('keeps a `srcset` candidate that is not relative as written, commas of a data URL too', async () => {
    write({ 'a.png': 'png' })
    const dot = 'data:image/png;base64,iVBO,Rw0K'
    const result = await compile(`<img srcset="${dot} 1x,./a.png 2x" alt="">\n`, {
      root,
      filename: 'page.svx',
    })
    expect(result.code).toContain(`srcset={"${dot} 1x, " + Sveltedown_image_0 + " 2x"}`)
    const off = await compile('<video src="./gone.mp4"></video>\n', {
      root,
      filename: 'page.svx',
      images: false,
    })
    expect(off.code).toContain('<video src="./gone.mp4"></video>')
  })

  it('is not cached as an error: adding the file fixes the next compile', async () => {
    const cache = createCompileCache({ dir: path.join(root, 'cache'), root })
    const options = { root, filename: 'page.svx' }
    const source = '![a](./late.png)\n'
    await expect(cache.compile(source, options)).rejects.toMatchObject({ code: 'asset_not_found' })
    write({ 'late.png': 'png' })
    const result = await cache.compile(source, options)
    expect(result.code).toContain('src={Sveltedown_image_0}')
  })
})

describe('links between documents', () => {
  const links = { routes: 'src/routes' }

  it('names the problem of each broken link', async () => {
    write({
      'src/routes/guide/intro/+page.svx': '# Intro\n\n## Setup\n\n<div id="extra"></div>\n',
      'src/routes/guide/notes.md': '# Notes\n',
      'src/routes/blog/[slug]/+page.svx': '# Post\n',
    })
    const source = [
      '[a](./guide/gone.svx)',
      '[b](./guide/intro.svx#stup)',
      '[c](./guide/notes.md)',
      '[d](./blog/[slug]/+page.svx)',
      '[e](./guide/intro.svx#extra) [f](./guide/intro.svx#setup)',
      '',
    ].join('\n\n')
    const result = await compile(source, { root, filename: 'src/routes/+page.svx', links })
    expect(
      result.diagnostics.map((d) => [d.code, d.start.line, d.start.column, d.message]),
    ).toEqual([
      [
        'link_broken',
        1,
        1,
        'Unexpected link to `./guide/gone.svx`, expected a document at that path (relative to this one)',
      ],
      [
        'link_broken',
        3,
        1,
        'Unexpected `#stup` in link to `./guide/intro.svx#stup`, expected the id of a heading in `src/routes/guide/intro/+page.svx` (it has `intro`, `setup`, `extra`)',
      ],
      [
        'link_broken',
        5,
        1,
        'Unexpected link to `./guide/notes.md`, expected a page: in the routes folder, only `+page` files are pages',
      ],
      [
        'link_broken',
        7,
        1,
        'Unexpected link to `./blog/%5Bslug%5D/+page.svx`, expected a page without route parameters (link to the URL of one of its pages instead)',
      ],
    ])
    expect(result.code).toContain('<a href={Sveltedown_resolve("/guide/intro") + "#extra"}>e</a>')
    expect(result.code).toContain('import { resolve as Sveltedown_resolve } from "$app/paths";')
  })

  it('checks the linked document as it is now, through the cache too', async () => {
    write({ 'src/routes/a/+page.svx': '# A\n\n## Old name\n' })
    const cache = createCompileCache({ dir: path.join(root, 'cache'), root })
    const options = { root, filename: 'src/routes/b/+page.svx', links }
    const source = 'See [the section](../a/+page.svx#new-name).\n'
    const before = await cache.compile(source, options)
    expect(before.diagnostics.map((d) => d.code)).toEqual(['link_broken'])
    expect(before.dependencies).toEqual([path.join(root, 'src/routes/a/+page.svx')])
    write({ 'src/routes/a/+page.svx': '# A\n\n## New name\n' })
    const after = await cache.compile(source, options)
    expect(after.cached).toBe(false)
    expect(after.diagnostics).toEqual([])
  })

  it('is on by default in a project with src/routes (the preprocessor), and returns the dependencies', async () => {
    write({ 'src/routes/guide/+page.svx': '# Guide\n', 'src/routes/photo.png': 'png' })
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const filename = path.join(root, 'src/routes/+page.svx')
      const result = await preprocess(
        '[Guide](./guide/+page.svx) ![p](./photo.png)\n',
        [sveltedown({ cache: false })],
        { filename },
      )
      expect(result.code).toContain('href={Sveltedown_resolve("/guide")}')
      expect(result.code).toContain('import Sveltedown_image_0 from "./photo.png";')
      expect([...(result.dependencies ?? [])].sort()).toEqual(
        [
          path.join(root, 'src/routes/guide/+page.svx'),
          path.join(root, 'src/routes/photo.png'),
        ].sort(),
      )
    } finally {
      process.chdir(cwd)
    }
  })
})
