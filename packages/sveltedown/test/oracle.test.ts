// The Svelte oracle (scripts/oracle) runs on components fetched from public repositories, outside
// CI; these tests keep its filter and its comparison honest on components of our own.
import { describe, expect, it } from 'vitest'
import { compareRenders, normalizeHtml } from '../scripts/oracle/compare-html.js'
import { markdownSyntax } from '../scripts/oracle/markdown-syntax.js'
import { compile } from '../src/index.js'
import { renderCode } from './utils/render-code.js'

const reasons = (source: string) => markdownSyntax(source).findings.map((finding) => finding.reason)

/** What the oracle does with one component: render it as `.svelte` and as `.svx`, compare. */
async function oracle(source: string) {
  const svelte = await renderCode(source)
  const { code } = await compile(source, { filename: 'a.svx', highlight: false })
  const svx = await renderCode(code)
  return compareRenders({ head: '', body: svelte }, { head: '', body: svx })
}

describe('oracle: Markdown syntax filter', () => {
  it('keeps text without Markdown syntax, and ignores scripts, attributes and expressions', () => {
    const source =
      '<script>\n  let total = 2 * 3\n</script>\n\n<div title="*a*">\n  <p>Sum: {total * 2}</p>\n</div>\n'
    expect(reasons(source)).toEqual([])
  })

  it('finds inline syntax anywhere and block syntax at the start of a line', () => {
    expect(reasons('<p>a *b* c</p>')).toEqual(['emphasis `*`'])
    expect(reasons('<div>\n  - one\n</div>')).toEqual(['bullet list `-` `+` `*`'])
    expect(reasons('<p>a <b>b</b> - c</p>')).toEqual([])
    expect(reasons('<div>\n---\n</div>')).toEqual(['thematic break or setext underline'])
  })

  it('tells top-level prose from prose inside a top-level block', () => {
    expect(markdownSyntax('Hello <b>you</b>')).toMatchObject({ topLevelProse: true })
    expect(markdownSyntax('{#if a}\n  Hello\n{/if}')).toMatchObject({
      topLevelProse: false,
      blockProse: true,
    })
  })
})

describe('oracle: comparison', () => {
  it('compares as a browser shows it, keeping whitespace inside <pre>', () => {
    expect(normalizeHtml('<!--[--><div>\n  a   <b> b</b>\n</div><!--]-->')).toBe(
      '<div>a <b>b</b></div>',
    )
    expect(normalizeHtml('<pre>  a\n   b</pre>')).toBe('<pre>  a\n   b</pre>')
  })

  it('names the cause of a difference', () => {
    const body = (html: string) => ({ head: '', body: html })
    expect(compareRenders(body('<div>Hi</div>'), body('<div><p>Hi</p></div>')).cause).toBe(
      'text wrapped in <p> inside <div>',
    )
    expect(compareRenders(body('<h2>Hi</h2>'), body('<h2 id="hi">Hi</h2>')).cause).toBe(
      'heading id added',
    )
    expect(compareRenders(body('<pre> a</pre>'), body('<pre>a</pre>')).cause).toBe(
      'whitespace inside <pre>/<textarea>',
    )
  })

  it('finds a plain component rendering identically as .svx', async () => {
    const source =
      '<script>\n  let count = 1\n</script>\n\n<section>\n  <p>Count: {count}</p>\n  <ul>\n    <li>one</li>\n  </ul>\n</section>\n'
    expect(await oracle(source)).toEqual({ identical: true })
  })
})
