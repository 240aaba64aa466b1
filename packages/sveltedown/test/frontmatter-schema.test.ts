import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type } from 'arktype'
import { compile as compileSvelte } from 'svelte/compiler'
import { render } from 'svelte/server'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { compile, createCompileCache, SveltedownError, toJsValue } from '../src/index.js'

const post = z.object({
  title: z.string(),
  date: z.coerce.date(),
  draft: z.boolean().default(false),
})

const cacheDirectory = path.resolve(
  import.meta.dirname,
  '../node_modules/.cache/sveltedown-tests/schema',
)

/** The compiled document as a module: its exports, and the HTML `svelte/server` renders. */
async function load(code: string): Promise<{ module: Record<string, unknown>; html: string }> {
  const js = compileSvelte(code, { generate: 'server', filename: 'input.svelte' }).js.code
  fs.mkdirSync(cacheDirectory, { recursive: true })
  const file = path.join(cacheDirectory, `${Math.random().toString(36).slice(2)}.js`)
  fs.writeFileSync(file, js)
  const module = await import(/* @vite-ignore */ file)
  fs.rmSync(file)
  return { module, html: render(module.default).body.replace(/<!--[^>]*-->/g, '') }
}

async function errorOf(promise: Promise<unknown>): Promise<SveltedownError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof SveltedownError)) throw new Error(`expected a SveltedownError: ${error}`)
  return error
}

describe('typed frontmatter (the content option)', () => {
  const options = {
    filename: 'src/routes/blog/first/+page.svx',
    content: { 'src/routes/blog/**': { schema: post } },
  }

  it('metadata is the schema output: a date string becomes a Date in the module, defaults fill in', async () => {
    const source =
      '---\ntitle: First\ndate: 2026-03-14\n---\n\n# {title}\n\n{date.getUTCFullYear()}, draft {String(draft)}\n'
    const result = await compile(source, options)
    expect(result.data.frontmatter).toEqual({
      title: 'First',
      date: new Date('2026-03-14T00:00:00.000Z'),
      draft: false,
    })
    const { module, html } = await load(result.code)
    expect(module.metadata).toEqual({ title: 'First', date: new Date('2026-03-14'), draft: false })
    expect(module.metadata && (module.metadata as { date: unknown }).date).toBeInstanceOf(Date)
    expect(html).toContain('<h1 id="first">First</h1>')
    expect(html).toContain('<p>2026, draft false</p>')
  })

  it('valibot: a transform and a pipe of checks, reported with valibot’s message at the value', async () => {
    const schema = v.object({
      title: v.pipe(v.string(), v.minLength(3)),
      tags: v.optional(v.array(v.string()), []),
    })
    const content = { '**/*.svx': { schema } }
    const ok = await compile('---\ntitle: Long enough\n---\n', { filename: 'a/b.svx', content })
    expect(ok.data.frontmatter).toEqual({ title: 'Long enough', tags: [] })
    const error = await errorOf(compile('---\ntitle: ab\n---\n', { filename: 'a/b.svx', content }))
    expect(error.code).toBe('frontmatter_schema')
    expect(error.message).toBe(
      'Unexpected value at `title` in frontmatter (Invalid length: Expected >=3 but received 2), expected it to match the schema for `**/*.svx`',
    )
    expect([error.start.line, error.start.column, error.end.column]).toEqual([2, 8, 10])
    expect(error.frame).toContain('2 | title: ab')
  })

  it('arktype: a date string parsed to a Date, a default, and arktype’s message at the value', async () => {
    const schema = type({
      title: 'string',
      date: type('string').pipe((text) => new Date(text)),
      'draft?': 'boolean',
      words: 'number = 0',
    })
    const content = { 'posts/**': { schema } }
    const source =
      '---\ntitle: Ark\ndate: 2026-05-06\n---\n\n{date.getUTCDate()} May, {words} words\n'
    const result = await compile(source, { filename: 'posts/ark.svx', content })
    expect(result.data.frontmatter).toEqual({
      title: 'Ark',
      date: new Date('2026-05-06T00:00:00.000Z'),
      words: 0,
    })
    const { module, html } = await load(result.code)
    expect((module.metadata as { date: unknown }).date).toBeInstanceOf(Date)
    expect(html).toContain('<p>6 May, 0 words</p>')
    const error = await errorOf(
      compile('---\ntitle: Ark\ndate: 2026-05-06\ndraft: maybe\n---\n', {
        filename: 'posts/ark.svx',
        content,
      }),
    )
    expect(error.code).toBe('frontmatter_schema')
    expect(error.message).toBe(
      'Unexpected value at `draft` in frontmatter (draft must be boolean (was "maybe")), expected it to match the schema for `posts/**`',
    )
    expect([error.start.line, error.start.column]).toEqual([4, 8])
    expect(error.frame).toContain('4 | draft: maybe')
  })

  it('an optional key the document leaves out is still a name in the markup, for zod, valibot and arktype', async () => {
    const schemas = {
      // A date: a type JSON Schema cannot express, in the same object.
      zod: z.object({
        title: z.string(),
        subtitle: z.string().optional(),
        date: z.coerce.date().optional(),
      }),
      valibot: v.object({ title: v.string(), subtitle: v.optional(v.string()) }),
      arktype: type({ title: 'string', 'subtitle?': 'string' }),
    }
    const source = '---\ntitle: Plain\n---\n\n# {title}\n\n{subtitle ?? "no subtitle"}\n'
    for (const [library, schema] of Object.entries(schemas)) {
      const result = await compile(source, { filename: 'p.svx', content: { '*.svx': { schema } } })
      expect(result.code, library).toContain(
        'const { title } = metadata;\nconst subtitle = undefined;\n',
      )
      const { html } = await load(result.code)
      expect(html, library).toContain('<h1 id="plain">Plain</h1>')
      expect(html, library).toContain('no subtitle')
    }
  })

  it('an asynchronous schema (a zod refinement that awaits) is awaited', async () => {
    const schema = z.object({
      slug: z.string().refine(async (value) => {
        await new Promise((resolve) => setTimeout(resolve, 1))
        return !value.includes(' ')
      }, 'Slugs have no spaces'),
    })
    const error = await errorOf(
      compile('---\nslug: a b\n---\n', { filename: 'x.svx', content: { '*.svx': { schema } } }),
    )
    expect(error.message).toContain('at `slug` in frontmatter (Slugs have no spaces)')
    expect(error.start).toMatchObject({ line: 2, column: 7 })
  })

  it('the first key that matches applies; a document outside every key is not validated', async () => {
    const strict = z.object({ title: z.string() })
    const content = {
      'src/routes/blog/drafts/**': { schema: z.object({ title: z.string().optional() }) },
      'src/routes/blog/**': { schema: strict },
    }
    const draft = await compile('---\nnote: x\n---\n', {
      filename: 'src/routes/blog/drafts/a.svx',
      content,
    })
    expect(draft.data.frontmatter).toEqual({})
    const error = await errorOf(
      compile('---\nnote: x\n---\n', { filename: 'src/routes/blog/a.svx', content }),
    )
    expect(error.message).toContain('for `src/routes/blog/**`')
    const other = await compile('---\ntitle: 7\n---\n', { filename: 'src/routes/a.svx', content })
    expect(other.data.frontmatter).toEqual({ title: 7 })
  })

  it('a schema that drops `layout` (zod strips unknown keys) keeps the layout the document chose', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-schema-'))
    for (const name of ['Blog', 'Page']) {
      fs.writeFileSync(
        path.join(root, `${name}.svelte`),
        `<script>let { children } = $props()</script><div class="${name}">{@render children?.()}</div>`,
      )
    }
    const result = await compile('---\nlayout: blog\ntitle: T\n---\n\nText\n', {
      filename: 'post.svx',
      root,
      layout: { blog: './Blog.svelte', _: './Page.svelte' },
      content: { '*.svx': { schema: z.object({ title: z.string() }) } },
    })
    expect(result.code).toContain('import Sveltedown_Layout from "./Blog.svelte"')
    fs.rmSync(root, { recursive: true })
  })

  it('TOML frontmatter points at the top-level key', async () => {
    const error = await errorOf(
      compile('+++\ntitle = 1\n+++\n', {
        filename: 'a.svx',
        frontmatter: { type: 'toml' },
        content: { '*.svx': { schema: z.object({ title: z.string() }) } },
      }),
    )
    expect(error.start).toMatchObject({ line: 2, column: 9 })
  })

  it('the persistent cache tells schemas apart: another schema is another entry', () => {
    const cache = createCompileCache({ dir: fs.mkdtempSync(path.join(os.tmpdir(), 'sd-cache-')) })
    const a = cache.keyOf('x', { content: { '**': { schema: z.object({ a: z.string() }) } } })
    const b = cache.keyOf('x', { content: { '**': { schema: z.object({ a: z.number() }) } } })
    const a2 = cache.keyOf('x', { content: { '**': { schema: z.object({ a: z.string() }) } } })
    expect(a).not.toBe(b)
    expect(a).toBe(a2)
    // Checks that zod keeps out of enumerable properties still count (its JSON Schema has them).
    const min3 = cache.keyOf('x', {
      content: { '**': { schema: z.object({ a: z.string().min(3) }) } },
    })
    const min5 = cache.keyOf('x', {
      content: { '**': { schema: z.object({ a: z.string().min(5) }) } },
    })
    expect(min3).not.toBe(min5)
    // A content map with a `cacheKey` (the Vite plugin sets one from the content module's files)
    // is keyed by it.
    const keyed = (key: string) =>
      Object.defineProperty({ '**': { schema: z.object({ a: z.string() }) } }, 'cacheKey', {
        value: key,
      })
    expect(cache.keyOf('x', { content: keyed('v1') })).not.toBe(
      cache.keyOf('x', { content: keyed('v2') }),
    )
  })
})

describe('reading time and word count (result.data)', () => {
  it('counts the words a reader sees: prose, inline code, code blocks, component children', async () => {
    const source = [
      '---',
      'title: Not counted',
      '---',
      '<script>let count = 1</script>',
      '',
      '# Two words',
      '',
      "Don't count {count} expressions, `but code` counts.",
      '',
      '```js',
      'const three = words',
      '```',
      '',
      '<Card>',
      'Inside a component.',
      '</Card>',
    ].join('\n')
    const result = await compile(source, { filename: 'a.svx', highlight: false })
    // 2 + 6 (Don't, count, expressions, but, code, counts) + 3 + 3
    expect(result.data.words).toBe(14)
    expect(result.data.readingTime).toBe(1)
  })

  it('minutes at 200 words a minute, rounded up; Chinese and Japanese count each character', async () => {
    const long = await compile(`${'word '.repeat(401)}\n`, { filename: 'a.svx' })
    expect(long.data).toMatchObject({ words: 401, readingTime: 3 })
    const cjk = await compile('日本語の文章です\n', { filename: 'a.svx' })
    expect(cjk.data.words).toBe(8)
    const empty = await compile('<script>let a = 1</script>\n', { filename: 'a.svx' })
    expect(empty.data).toMatchObject({ words: 0, readingTime: 0 })
  })
})

describe('toJsValue', () => {
  it('writes values JSON cannot hold so they evaluate back to equal values', () => {
    const value = {
      date: new Date('2026-01-02T03:04:05.000Z'),
      url: new URL('https://example.com/a?b=1'),
      map: new Map([['a', 1]]),
      set: new Set(['x']),
      big: 12345678901234567890n,
      re: /a+b/gi,
      nan: Number.NaN,
      inf: -Infinity,
      zero: -0,
      nested: [{ missing: undefined, text: '</script><b>' }],
    }
    const code = toJsValue(value)
    expect(code).not.toContain('</script>')
    const back = new Function(`return ${code}`)()
    expect(back).toEqual({ ...value, nested: [{ text: '</script><b>' }] })
    expect(Object.is(back.zero, -0)).toBe(true)
    expect(back.date).toBeInstanceOf(Date)
  })
})
