import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import { render } from 'svelte/server'
import { describe, expect, test } from 'vitest'
import { Markdown } from '../src/index.ts'
import CodeBlock from './fixtures/CodeBlock.svelte'
import { testLanguages } from './fixtures/components.ts'
import WithLanguageSnippet from './fixtures/WithLanguageSnippet.svelte'
import { normalizeHtml } from './normalize-html.ts'

const html = (source: string, props: Record<string, unknown> = {}) =>
  normalizeHtml(
    render(Markdown, {
      props: { source, languages: testLanguages, ...props } as { source: string },
    }).body,
  )

const graph = '```graph\na -> b\nb -> c\n```'

describe('code renderers by language', () => {
  test('a component receives the code text and renders the block', () => {
    expect(html(`Before.\n\n${graph}\n\nAfter.`)).toBe(
      '<p>Before.</p><ol class="graph"><li>a → b</li><li>b → c</li></ol><p>After.</p>',
    )
  })

  test('other languages stay code blocks', () => {
    expect(html('```js\nlet a\n```')).toBe('<pre><code class="language-js">let a\n</code></pre>')
  })

  test('while streaming, `complete` is false until the closing fence arrives', () => {
    for (let end = '```graph\n'.length; end < graph.length; end++) {
      expect(html(graph.slice(0, end), { streaming: true }), `cut at ${end}`).toBe(
        '<p class="graph-pending">Drawing…</p>',
      )
    }
    expect(html(graph, { streaming: true })).toBe(
      '<ol class="graph"><li>a → b</li><li>b → c</li></ol>',
    )
  })

  test('an unclosed block is complete once the stream has ended', () => {
    expect(html('```graph\na -> b')).toBe('<ol class="graph"><li>a → b</li></ol>')
  })

  test('fences in lists and with more backticks are read the same way', () => {
    expect(html('- ````graph\n  x -> y\n  ````', { streaming: true })).toBe(
      '<ul><li><ol class="graph"><li>x → y</li></ol></li></ul>',
    )
  })

  test('a snippet can render a language: `languages={{ shout: { snippet } }}`', () => {
    const shout = (source: string, streaming: boolean) =>
      normalizeHtml(render(WithLanguageSnippet, { props: { source, streaming } }).body)
    expect(shout('```shout\nhello\n```', false)).toBe(
      '<p class="shout" data-complete="true">HELLO</p>',
    )
    expect(shout('```shout\nhel', true)).toBe('<p class="shout" data-complete="false">HEL</p>')
  })
})

describe("the README's copy button", () => {
  test('a component for `pre` wraps every code block with a button, highlighted or not', () => {
    expect(html('```js\nlet a\n```', { components: { pre: CodeBlock } })).toBe(
      '<div class="code-block"><button type="button">Copy</button><pre><code class="language-js">let a\n</code></pre></div>',
    )
  })
})

describe('math through remark-math and rehype-katex', () => {
  const plugins = { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }
  const document = 'Euler: $e^{i\\pi}+1=0$.\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$\n\nAfter.\n'

  test('inline and display math render as KaTeX', () => {
    const result = html(document, plugins)
    expect(result).toContain('<span class="katex">')
    expect(result).toContain('<span class="katex-display">')
    expect(result).not.toContain('katex-error')
  })

  test(`streamed, cut at every one of ${document.length} positions: an unfinished $$ block is pending, never broken KaTeX`, () => {
    const open = document.indexOf('$$')
    const close = document.lastIndexOf('$$') + 2
    for (let end = 0; end <= document.length; end++) {
      const result = html(document.slice(0, end), { ...plugins, streaming: true })
      expect(result, `cut at ${end}`).not.toContain('katex-error')
      if (end >= open + 2 && end < close) {
        expect(result, `cut at ${end}`).toContain('<pre aria-busy="true" class="math-pending">')
        expect(result, `cut at ${end}`).not.toContain('katex-display')
      }
      if (end >= close) expect(result, `cut at ${end}`).toContain('katex-display')
    }
  })
})
