import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningProcess, startProcess } from './utils/start-process.js'
import { typeErrors } from './utils/type-errors.js'

const app = path.resolve(import.meta.dirname, '../../../fixtures/apps/kit-content')
const bin = (name: string) => path.join(app, 'node_modules/.bin', name)
const enhancedImg = path.resolve(import.meta.dirname, '../node_modules/@sveltejs/enhanced-img')

/**
 * The blog of `fixtures/apps/kit-content` with its schema written in `vite.config.ts` itself
 * (no content module) and `images: 'enhanced'` with @sveltejs/enhanced-img, run with SvelteKit's
 * dev server (`vite dev`): the page's images come from enhanced-img, and `metadata` is typed
 * from the inline schema, for imports and for `collection()`.
 */
describe('kit-content with an inline schema and enhanced images, vite dev', () => {
  let root: string
  let server: RunningProcess

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-kit-inline-'))
    for (const entry of fs.readdirSync(app)) {
      if (['node_modules', '.svelte-kit', 'build'].includes(entry)) continue
      fs.cpSync(path.join(app, entry), path.join(root, entry), { recursive: true })
    }
    // The app's packages, and enhanced-img (a devDependency of this package) beside them.
    const modules = path.join(app, 'node_modules')
    for (const entry of fs.readdirSync(modules)) {
      if (entry === '@sveltejs') continue
      fs.mkdirSync(path.join(root, 'node_modules'), { recursive: true })
      fs.symlinkSync(path.join(modules, entry), path.join(root, 'node_modules', entry))
    }
    const scope = path.join(root, 'node_modules/@sveltejs')
    fs.mkdirSync(scope)
    for (const entry of fs.readdirSync(path.join(modules, '@sveltejs'))) {
      fs.symlinkSync(path.join(modules, '@sveltejs', entry), path.join(scope, entry))
    }
    fs.symlinkSync(enhancedImg, path.join(scope, 'enhanced-img'))
    fs.rmSync(path.join(root, 'src/content.config.ts'))
    fs.writeFileSync(
      path.join(root, 'vite.config.ts'),
      `import adapter from '@sveltejs/adapter-auto'
import { sveltekit } from '@sveltejs/kit/vite'
import { sveltedown } from '@sveltedown/kit'
import { defineConfig } from 'vite'
import { z } from 'zod'
import { enhancedImages } from '@sveltejs/enhanced-img'

export default defineConfig({
  plugins: [
    sveltedown({
      layout: './src/lib/Post.svelte',
      images: 'enhanced',
      content: {
        'src/routes/blog/*/+page.svx': {
          schema: z.object({
            title: z.string(),
            date: z.coerce.date(),
            draft: z.boolean().default(false),
            tags: z.array(z.string()).default([]),
            cover: z.string().optional(),
          }),
          images: ['cover'],
        },
      },
    }),
    enhancedImages(),
    sveltekit({ adapter: adapter(), compilerOptions: { runes: true } }),
  ],
})
`,
    )
    const post = path.join(root, 'src/routes/blog/hello-world/+page.svx')
    fs.appendFileSync(post, '\n![The cover, enhanced](./cover.png)\n')
    const port = String(20000 + Math.floor(Math.random() * 20000))
    server = await startProcess(
      bin('vite'),
      ['dev', '--host', '127.0.0.1', '--port', port, '--strictPort'],
      root,
    )
  })

  afterAll(async () => {
    await server?.stop()
    if (root) fs.rmSync(root, { recursive: true, force: true })
  })

  it('serves the post with the image enhanced-img made: a <picture> with AVIF and WebP sources', async () => {
    const response = await fetch(`${server.url}/blog/hello-world`)
    expect(response.status).toBe(200)
    const html = await response.text()
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)?.[0] ?? ''
    expect(picture, html).toMatch(/<source srcset="[^"]+" type="image\/avif"/)
    expect(picture).toMatch(/<source srcset="[^"]+" type="image\/webp"/)
    expect(picture).toMatch(/<img src="[^"]+" alt="The cover, enhanced" width="4" height="\d+"/)
    const image = /<img src="([^"]+)" alt="The cover, enhanced"/.exec(picture)?.[1] ?? ''
    const file = await fetch(new URL(image.replaceAll('&amp;', '&'), server.url))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\//)
  })

  it('types metadata from the schema in vite.config.ts: a right use checks, a wrong one is an error', async () => {
    // `src/lib/typed.ts` uses `metadata.date.getUTCFullYear()` and `post.metadata.title` from
    // collection(): it compiles only with the schema's types. This file makes one mistake.
    fs.writeFileSync(
      path.join(root, 'src/lib/wrong-type.ts'),
      "import { metadata } from '../routes/blog/second-steps/+page.svx'\nexport const date: string = metadata.date\nexport const tags: number[] = metadata.tags\n",
    )
    expect(await typeErrors(root, bin('tsc'))).toEqual([
      "src/lib/wrong-type.ts(2,14): error TS2322: Type 'Date' is not assignable to type 'string'.",
      "src/lib/wrong-type.ts(3,14): error TS2322: Type 'string[]' is not assignable to type 'number[]'.",
    ])
  })
})
