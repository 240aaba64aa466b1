import { createHighlighterCoreSync } from 'shiki/core'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'
import javascript from 'shiki/langs/javascript.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import { render } from 'svelte/server'
import { describe, expect, test } from 'vitest'
import { Markdown, renderMarkdown } from '../src/index.ts'
import { referenceHtml } from './conformance.ts'
import Link from './fixtures/Link.svelte'
import WithSnippets from './fixtures/WithSnippets.svelte'
import { normalizeHtml } from './normalize-html.ts'

const ssr = (props: Record<string, unknown>) =>
  normalizeHtml(render(Markdown, { props: props as { source: string } }).body)

describe('defaults', () => {
  test('GFM and heading ids are on', () => {
    expect(ssr({ source: '# Hello *world*\n\n~~old~~ www.svelte.dev\n\n- [x] done' })).toBe(
      '<h1 id="hello-world">Hello <em>world</em></h1><p><del>old</del> <a href="http://www.svelte.dev" rel="noopener noreferrer">www.svelte.dev</a></p><ul class="contains-task-list"><li class="task-list-item"><input checked disabled type="checkbox"> done</li></ul>',
    )
  })

  test('autolink literals become the links remark-gfm makes, however the text spells them', () => {
    // The autolink-literal transform is skipped on trees with no `://`, `www.` or `@` in their
    // text (gfm-mdast-extensions.ts): text that only decodes to those must still be linked.
    const samples = [
      'see www.svelte.dev.',
      'HTTPS://SVELTE.DEV/docs?x=1)',
      'mail a.b+c@example.co.uk or mailto:me@example.com, xmpp:me@example.com/home',
      'entities: me&#64;example.com and www&#46;svelte.dev and https&#58;//svelte.dev',
      'escapes: www\\.svelte.dev and https\\://svelte.dev',
      '**www.svelte.dev** and _me@example.com_ in `www.not.code`',
      'no links: a.b, c: d, www, @me, 3.14',
    ]
    const links = (html: string) =>
      [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((match) => match.slice(1, 3))
    for (const source of samples) {
      const expected = links(referenceHtml(source, true))
      expect(links(renderMarkdown(source).html), source).toEqual(expected)
    }
    expect(links(renderMarkdown(samples[3]!).html)).toHaveLength(3)
  })

  test('`gfm: false` and `headingIds: false` turn them off', () => {
    expect(ssr({ source: '# Hi\n\n~~old~~', gfm: false, headingIds: false })).toBe(
      '<h1>Hi</h1><p>~~old~~</p>',
    )
  })

  test('allowed raw HTML stays, the rest is cleaned', () => {
    expect(ssr({ source: '<details open><summary>More</summary>\n\n*hidden*\n\n</details>' })).toBe(
      '<details open><summary>More</summary><p><em>hidden</em></p></details>',
    )
    expect(ssr({ source: '<span style="color:red" onclick="x()" id="a">red</span>' })).toBe(
      '<p><span id="user-content-a">red</span></p>',
    )
  })

  test('`sanitize: false` renders raw HTML as HTML, styles and all', () => {
    expect(ssr({ source: '<span style="color:red" class="x">red</span>', sanitize: false })).toBe(
      '<p><span class="x" style="color:red">red</span></p>',
    )
  })

  test('a schema can allow more', () => {
    const schema = {
      tagNames: ['p', 'span'],
      strip: ['script'],
      attributes: { span: ['style'] },
      protocols: {},
      clobber: [],
      clobberPrefix: '',
      allowComments: false,
    }
    expect(ssr({ source: '<span style="color:red">red</span>', sanitize: schema })).toBe(
      '<p><span style="color:red">red</span></p>',
    )
    // Even an allowed `style` may not load anything.
    expect(ssr({ source: '<span style="background:url(x)">x</span>', sanitize: schema })).toBe(
      '<p><span>x</span></p>',
    )
  })
})

describe('replacing elements', () => {
  test('components receive the attributes and the content', () => {
    expect(ssr({ source: '[Svelte](https://svelte.dev)', components: { a: Link } })).toBe(
      '<p><a class="custom" href="https://svelte.dev" rel="external">Svelte</a></p>',
    )
  })

  test('snippets named after elements render them', () => {
    const body = render(WithSnippets, { props: { source: '# Title\n\n![A cat](/cat.png)' } }).body
    expect(normalizeHtml(body)).toBe(
      '<h1 class="title" id="title"><a href="#title">#</a> Title</h1><p><span class="figure"><img alt="A cat" src="/cat.png"><small>A cat</small></span></p>',
    )
  })
})

describe('highlighting', () => {
  const highlighter = createHighlighterCoreSync({
    themes: [githubLight],
    langs: [javascript],
    engine: createJavaScriptRegexEngine(),
  })

  test('a synchronous Shiki highlighter colours known languages, on the server too', () => {
    // The first tokenization compiles the grammar's regexes; on a busy machine that can pass
    // Shiki's per-line time limit, after which the rest of the line is left as one token.
    highlighter.codeToHast('const a = 1', { lang: 'js', theme: 'github-light' })
    const source = '```js\nconst a = 1\n```\n\n```unknown\nplain\n```'
    const html = ssr({ source, highlighter, highlightOptions: { theme: 'github-light' } })
    expect(html).toMatch(
      /^<pre class="shiki github-light" style="[^"]+" tabindex="0"><code><span class="line"><span style="color:#D73A49">const<\/span>/,
    )
    expect(html).toContain('<pre><code class="language-unknown">plain\n</code></pre>')
  })
})

describe('plugins', () => {
  test('remark and rehype plugins run, in that order', () => {
    const remarkShout =
      () => (tree: { children: Array<{ type: string; children?: unknown[] }> }) => {
        for (const node of tree.children) if (node.type === 'paragraph') node.type = 'blockquote'
      }
    const rehypeTarget =
      () => (tree: { children: Array<{ properties?: Record<string, unknown> }> }) => {
        for (const node of tree.children) if (node.properties) node.properties.dataPlugin = 'yes'
      }
    const { html } = renderMarkdown('hi', {
      remarkPlugins: [remarkShout],
      rehypePlugins: [rehypeTarget],
    })
    expect(normalizeHtml(html)).toBe('<blockquote data-plugin="yes">hi</blockquote>')
  })

  test('renderMarkdown returns the HTML, the tree and the headings', () => {
    const result = renderMarkdown('# A\n\n## B\n\n## B')
    expect(result.headings).toEqual([
      { depth: 1, id: 'a', text: 'A' },
      { depth: 2, id: 'b', text: 'B' },
      { depth: 2, id: 'b-1', text: 'B' },
    ])
    expect(result.tree.type).toBe('root')
    expect(result.html).toBe('<h1 id="a">A</h1>\n<h2 id="b">B</h2>\n<h2 id="b-1">B</h2>')
  })
})
