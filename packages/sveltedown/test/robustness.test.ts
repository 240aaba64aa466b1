import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import { compile as compileSvelte, preprocess } from 'svelte/compiler'
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import { compile, SveltedownError, sveltedown } from '../src/index.js'
import { normalizeHtml } from './utils/normalize-html.js'

/** Compile, and the error it rejects with (failing the test if it resolves). */
async function failure(source: string, options: Parameters<typeof compile>[1] = {}) {
  const error = await compile(source, { filename: 'a.svx', ...options }).then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error, 'expected compile() to reject').toBeInstanceOf(SveltedownError)
  return error as SveltedownError
}

function where(error: SveltedownError) {
  return { code: error.code, line: error.start.line, column: error.start.column }
}

/** Server-render a compiled document with the real Svelte: head and body. */
async function renderDocument(code: string) {
  const js = compileSvelte(code, { generate: 'server', filename: 'input.svelte' }).js.code
  const directory = path.resolve(import.meta.dirname, '../node_modules/.cache/sveltedown-tests')
  fs.mkdirSync(directory, { recursive: true })
  const file = path.join(directory, `${createHash('sha1').update(js).digest('hex')}.js`)
  if (!fs.existsSync(file)) fs.writeFileSync(file, js)
  const module = await import(/* @vite-ignore */ file)
  const { head, body } = render(module.default)
  return { head: normalizeHtml(head), body: normalizeHtml(body) }
}

describe('plugins that make hast without children', () => {
  it('an element pushed without `children` compiles (it used to crash the process)', async () => {
    const result = await compile('# Hi', {
      rehypePlugins: [
        () => (tree: { children: unknown[] }) => {
          tree.children.push({ type: 'element', tagName: 'img', properties: {} })
        },
      ],
    })
    expect(result.code).toContain('<h1 id="hi">Hi</h1><img />')
    compileSvelte(result.code, { generate: 'server' })
  })

  it('rehype-autolink-headings with an element as `content`', async () => {
    const properties = { src: '/link.svg', alt: '' }
    const result = await compile('# Hi', {
      rehypePlugins: [
        [rehypeAutolinkHeadings, { content: { type: 'element', tagName: 'img', properties } }],
      ],
    })
    expect(result.code).toContain(
      '<h1 id="hi"><a aria-hidden="true" tabindex="-1" href="#hi"><img src="/link.svg" alt="" /></a>Hi</h1>',
    )
  })
})

describe('errors of plugins', () => {
  it('a remark transformer that throws: plugin_error, named, with the error as cause', async () => {
    const cause = new Error('boom')
    const error = await failure('# a', {
      remarkPlugins: [
        function remarkBoom() {
          return () => {
            throw cause
          }
        },
      ],
    })
    expect(where(error)).toEqual({ code: 'plugin_error', line: 1, column: 1 })
    expect(error.message).toBe(
      'Unexpected error in remark plugin `remarkBoom` at `remarkPlugins[0]` while it transformed the document: boom, expected the plugin to transform the document without an error',
    )
    expect(error.cause).toBe(cause)
    expect(error.frame).toContain('1 | # a')
  })

  it('a transformer that calls back with an error later, and one that returns an Error', async () => {
    const late = await failure('# a\n\nb', {
      rehypePlugins: [
        () => (_tree: unknown, _file: unknown, next: (error: Error) => void) => {
          setTimeout(() => next(new Error('late')), 1)
        },
      ],
    })
    expect(where(late)).toEqual({ code: 'plugin_error', line: 1, column: 1 })
    expect(late.message).toContain('rehype plugin at `rehypePlugins[0]`')
    const returned = await failure('# a', { rehypePlugins: [() => () => new Error('returned')] })
    expect(returned.message).toContain(': returned, expected')
  })

  it('a plugin in a preset and in a [plugin, options] tuple is named by its place', async () => {
    function rehypeNeedsOption(options?: { ok?: boolean }) {
      return () => {
        if (!options?.ok) throw new Error('not ok')
      }
    }
    const tuple = await failure('# a', { rehypePlugins: [[rehypeNeedsOption, { ok: false }]] })
    expect(tuple.message).toContain('`rehypeNeedsOption` at `rehypePlugins[0]`')
    const preset = await failure('# a', {
      rehypePlugins: [{ plugins: [[rehypeNeedsOption, { ok: true }], rehypeNeedsOption] }],
    })
    expect(preset.message).toContain('`rehypeNeedsOption` at `rehypePlugins[0].plugins[1]`')
  })

  it('the position of the node a vfile message names', async () => {
    const error = await failure('# a\n\nb *c*', {
      remarkPlugins: [
        function remarkNoEmphasis() {
          return (tree: { children: Array<{ children: unknown[] }> }, file) => {
            file.fail('No emphasis', tree.children[1]?.children[1] as never)
          }
        },
      ],
    })
    expect(where(error)).toEqual({ code: 'plugin_error', line: 3, column: 3 })
  })

  it('a failed setup is not cached: the next compile fails the same way', async () => {
    const options = {
      remarkPlugins: [
        function remarkSetupFails() {
          throw new Error('no')
        },
      ],
    }
    expect(where(await failure('# a', options))).toEqual(where(await failure('# a', options)))
  })

  it('a stack overflow in a plugin is nesting_too_deep', async () => {
    const recurse = (n: number): number => recurse(n + 1) + 1
    const error = await failure('# a', { rehypePlugins: [() => () => void recurse(0)] })
    expect(where(error)).toEqual({ code: 'nesting_too_deep', line: 1, column: 1 })
    expect(error.cause).toBeInstanceOf(RangeError)
  })

  it('an unexpected error in sveltedown is internal_error, positioned, asking for a report', async () => {
    const bad = {
      toString() {
        throw new TypeError('cannot stringify')
      },
    }
    const error = await failure('# a\n\ntext\n', {
      rehypePlugins: [
        () => (tree: { children: Array<{ properties?: Record<string, unknown> }> }) => {
          const paragraph = tree.children[2]
          if (paragraph?.properties) paragraph.properties.title = bad
        },
      ],
    })
    expect(where(error)).toEqual({ code: 'internal_error', line: 3, column: 1 })
    expect(error.message).toContain('TypeError: cannot stringify')
    expect(error.message).toContain('please report this')
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('the preprocessor rejects with the same SveltedownError', async () => {
    const group = sveltedown({
      cache: false,
      rehypePlugins: [
        function rehypeBoom() {
          return () => {
            throw new Error('boom')
          }
        },
      ],
    })
    const error = await preprocess('# a', [group], { filename: 'a.svx' }).catch((e) => e)
    expect(error).toBeInstanceOf(SveltedownError)
    expect(where(error)).toEqual({ code: 'plugin_error', line: 1, column: 1 })
    expect(error.filename).toBe('a.svx')
  })
})

describe('nesting', () => {
  it('25,000 stars around a letter stop at the nesting limit, fast', async () => {
    const started = performance.now()
    const error = await failure(`${'*'.repeat(12500)}a${'*'.repeat(12500)}`)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(where(error)).toEqual({ code: 'nesting_too_deep', line: 1, column: 1 })
    expect(error.message).toBe(
      'Unexpected emphasis nested 6250 levels deep, expected at most 256 levels of nesting',
    )
    const underscores = await failure(`x\n\n${'_'.repeat(1200)}a${'_'.repeat(1200)}`)
    expect(where(underscores)).toEqual({ code: 'nesting_too_deep', line: 3, column: 1 })
  })

  it('long runs that cannot nest still compile', async () => {
    // A thematic break; a run with no closer; runs in different paragraphs.
    await compile(`${'*'.repeat(600)}\n`)
    await compile(`${'*'.repeat(600)}a\n`)
    await compile(`${'*'.repeat(600)}a\n\nb${'*'.repeat(600)}\n`)
  })
})

describe('highlighting warnings', () => {
  it('a block from the cache warns like a block highlighted anew', async () => {
    const block = '```weird\nfoo\n```\n'
    const warnings = async (source: string) =>
      (await compile(source, { filename: 'a.svx' })).diagnostics.map((d) => [
        d.code,
        d.start.line,
        d.start.column,
      ])
    const expected = [['highlight_language_unknown', 1, 1]]
    expect(await warnings(block)).toEqual(expected)
    expect(await warnings(block)).toEqual(expected)
    expect(await warnings(`# Other\n\n${block}`)).toEqual([['highlight_language_unknown', 3, 1]])
    expect(await warnings(`- item\n\n  ${block.replaceAll('\n', '\n  ')}`)).toEqual([
      ['highlight_language_unknown', 3, 3],
    ])
  })
})

describe('options', () => {
  it('an unknown option warns, naming the closest known one', async () => {
    const result = await compile('# a', { layouts: {}, higlight: false } as never)
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['option_unknown', 'Unexpected option `layouts`, expected `layout` (the option is ignored)'],
      [
        'option_unknown',
        'Unexpected option `higlight`, expected `highlight` (the option is ignored)',
      ],
    ])
    const far = await compile('# a', { colour: 'red' } as never)
    expect(far.diagnostics[0]?.message).toMatch(
      /^Unexpected option `colour`, expected one of `remarkPlugins`, /,
    )
  })

  it('mdsvex names keep their own warning, and known names none', async () => {
    const mdsvex = await compile('# a', { extension: '.svx' } as never)
    expect(mdsvex.diagnostics.map((d) => d.code)).toEqual(['option_mdsvex'])
    const known = await compile('# a', { gfm: true, headingIds: true, root: process.cwd() })
    expect(known.diagnostics).toEqual([])
  })
})

describe('<script> and <style> inside markup', () => {
  const jsonLd = '{"@context":"https://schema.org","author":{"name":"Ann"}}'

  it('JSON-LD in a <div> and in <svelte:head> renders as written', async () => {
    const source = [
      '<div>',
      `<script type="application/ld+json">${jsonLd}</script>`,
      '</div>',
      '',
      `<div><script type="application/ld+json">${jsonLd}</script></div>`,
      '',
      `<svelte:head><script type="application/ld+json">${jsonLd}</script></svelte:head>`,
      '',
    ].join('\n')
    const { code } = await compile(source)
    const { head, body } = await renderDocument(code)
    const script = `<script type="application/ld+json">${jsonLd}</script>`
    expect(body).toBe(`<div>${script}</div><div>${script}</div>`)
    expect(head).toBe(script)
  })

  it('a <style> a plugin adds at the top level renders, and is not the component style', async () => {
    const css = 'h1 > a { color: blue } .x::after { content: "&" }'
    const { code } = await compile('# a', {
      rehypePlugins: [
        () => (tree: { children: unknown[] }) => {
          tree.children.push({
            type: 'element',
            tagName: 'style',
            properties: {},
            children: [{ type: 'text', value: css }],
          })
        },
      ],
    })
    const { body } = await renderDocument(code)
    expect(body).toBe(`<h1 id="a">a</h1><style>${css}</style>`)
  })
})
