import { render } from 'svelte/server'
import { describe, expect, test } from 'vitest'
import { createBlockRenderer, Markdown, renderMarkdown } from '../src/index.ts'
import { toHtml } from '../src/serialize/to-html.ts'
import { chatDocument, chunk } from './corpus.ts'
import { normalizeHtml } from './normalize-html.ts'

const html = (source: string) =>
  normalizeHtml(render(Markdown, { props: { source, streaming: true } }).body)

describe('half-written constructs render as what they will become', () => {
  test.each([
    ['**bold', '<p><strong>bold</strong></p>'],
    ['some *emphasis and **strong', '<p>some <em>emphasis and <strong>strong</strong></em></p>'],
    ['~~gone', '<p><del>gone</del></p>'],
    ['call `load(', '<p>call <code>load(</code></p>'],
    [
      '[the docs](https://svelte.dev/do',
      '<p><a href="https://svelte.dev/do" rel="noopener noreferrer">the docs</a></p>',
    ],
    [
      '**[bold link](https://sv',
      '<p><strong><a href="https://sv" rel="noopener noreferrer">bold link</a></strong></p>',
    ],
    ['see ![diagram](https://example.com/im', '<p>see</p>'],
    ['trailing marker **', '<p>trailing marker</p>'],
    ['```js\nconst a = 1', '<pre><code class="language-js">const a = 1\n</code></pre>'],
    ['Title\n-', '<p>Title</p>'],
    ['Title\n=', '<p>Title</p>'],
    ['text <span cla', '<p>text</p>'],
    ['snake_case_name', '<p>snake_case_name</p>'],
    ['- item\n*', '<ul><li>item</li></ul>'],
  ])('%j', (source, expected) => {
    expect(html(source)).toBe(expected)
  })

  test('without `streaming`, the text is rendered as CommonMark says', () => {
    const { body } = render(Markdown, { props: { source: '**bold' } })
    expect(normalizeHtml(body)).toBe('<p>**bold</p>')
  })
})

describe('a document streamed in 1,000 chunks', () => {
  const document = chatDocument(20_000)
  const chunks = chunk(document, 1000)

  test('finished blocks are reused, not re-rendered; the result equals a full render', () => {
    const renderer = createBlockRenderer()
    let source = ''
    let previous = new Map<string, unknown>()
    let reused = 0
    let total = 0
    for (const piece of chunks) {
      source += piece
      const { blocks } = renderer.update(source, {}, true)
      const current = new Map(blocks.map((block) => [block.key, block.node]))
      // Every block but the last two must be the very object the previous update returned.
      for (const block of blocks.slice(0, -2)) {
        if (!previous.has(block.key)) continue
        total++
        if (previous.get(block.key) === block.node) reused++
      }
      previous = current
    }
    expect(total).toBeGreaterThan(10_000)
    expect(reused).toBe(total)

    const streamed = renderer.update(source, {}, true)
    const full = renderMarkdown(document)
    const streamedHtml = streamed.blocks.map((block) => toHtml(block.node)).join('')
    expect(normalizeHtml(streamedHtml)).toBe(normalizeHtml(full.html))
    expect(streamed.headings).toEqual(full.headings)

    // Ending the stream re-renders in full, with the same keys: Svelte keeps every block's DOM.
    const final = renderer.update(source, {}, false)
    expect(final.blocks.map((block) => block.key)).toEqual(
      streamed.blocks.map((block) => block.key),
    )
  })

  test('cut at every position, the incremental render equals a fresh render of the same text', () => {
    // Every kind of top-level block, then constructs that end or reach back differently:
    // a loose list, a setext heading, raw HTML, indented code, a late reference definition.
    const source = `${chatDocument(1)}\n\n1. one\n2. two\n\n   more of two\n\n***\nSetext\n---\n<div>raw *html*</div>\n\n    indented code\n\nSee [the docs][d] and <https://svelte.dev>.\n\n[d]: https://svelte.dev\n\nLast **bold** line, [the docs again][d]\n`
    const renderer = createBlockRenderer()
    const shown = (result: ReturnType<typeof renderer.update>) => ({
      keys: result.blocks.map((block) => block.key),
      html: result.blocks.map((block) => toHtml(block.node)).join(''),
      headings: result.headings,
    })
    const differences: string[] = []
    for (let end = 0; end <= source.length; end++) {
      const text = source.slice(0, end)
      const streamed = shown(renderer.update(text, {}, true))
      const fresh = shown(createBlockRenderer().update(text, {}, true))
      if (JSON.stringify(streamed) !== JSON.stringify(fresh))
        differences.push(JSON.stringify(text.slice(-40)))
    }
    expect(differences).toEqual([])
  })

  test('heading ids never change once given, and duplicates stay unique', () => {
    const renderer = createBlockRenderer()
    const source = '# Intro\n\ntext\n\n# Intro\n\nmore\n\n## Intro\n\nend\n'
    const seen = new Map<number, string>()
    for (let end = 1; end <= source.length; end++) {
      const { headings } = renderer.update(source.slice(0, end), {}, true)
      // A heading's id is final once the heading's line is complete.
      headings.forEach((heading, index) => {
        const complete = source
          .slice(0, end)
          .split('\n')
          .filter((line) => line.startsWith('#'))
        if (index < complete.length - 1 && seen.has(index)) expect(heading.id).toBe(seen.get(index))
        if (index < complete.length - 1) seen.set(index, heading.id)
      })
    }
    expect(renderer.update(source, {}, true).headings.map((heading) => heading.id)).toEqual([
      'intro',
      'intro-1',
      'intro-2',
    ])
  })

  test('a reference definition that arrives late still links earlier text', () => {
    const renderer = createBlockRenderer()
    const source =
      'See [the docs][docs].\n\nMore text.\n\nEven more.\n\n[docs]: https://svelte.dev\n'
    let result = renderer.update('', {}, true)
    for (let end = 1; end <= source.length; end++)
      result = renderer.update(source.slice(0, end), {}, true)
    const rendered = result.blocks.map((block) => toHtml(block.node)).join('')
    expect(rendered).toContain(
      '<a href="https://svelte.dev" rel="noopener noreferrer">the docs</a>',
    )
  })

  test('footnotes are numbered across the whole streamed document', () => {
    const renderer = createBlockRenderer()
    const source = 'One[^a].\n\nTwo[^b].\n\n[^a]: First.\n\n[^b]: Second.\n'
    let result = renderer.update('', {}, true)
    for (let end = 1; end <= source.length; end++)
      result = renderer.update(source.slice(0, end), {}, true)
    const rendered = result.blocks.map((block) => toHtml(block.node)).join('')
    expect(normalizeHtml(rendered)).toBe(normalizeHtml(renderMarkdown(source).html))
  })
})
