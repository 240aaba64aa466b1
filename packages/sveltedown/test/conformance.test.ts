import fs from 'node:fs'
import path from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { compile } from '../src/index.js'
import { normalizeSpecHtml } from './utils/normalize-spec-html.js'
import { shared } from './utils/paths.js'
import { renderCode } from './utils/render-code.js'

interface Example {
  example: number
  section: string
  extension: string | null
  markdown: string
  html: string
}

function load(name: string): Example[] {
  return JSON.parse(fs.readFileSync(path.join(shared, 'conformance', name), 'utf8'))
}

function bare(gfm: boolean, indentedCode: boolean) {
  const processor = unified().use(remarkParse)
  if (!indentedCode) {
    const data = processor.data()
    data.micromarkExtensions = [{ disable: { null: ['codeIndented'] } }]
  }
  if (gfm) processor.use(remarkGfm)
  return processor.use(remarkRehype).use(rehypeStringify)
}

/**
 * Runs each example through sveltedown, the real Svelte compiler and `svelte/server`, and
 * compares with the spec's HTML. Examples with `<`, `{` or `}` are Svelte in a `.svx` file, and
 * examples whose result depends on indented code (off by default) are left out; every example
 * that the bare remark-parse → remark-rehype → rehype-stringify pipeline passes must pass.
 */
async function run(examples: Example[], gfm: boolean, indentedCode: boolean) {
  const withCode = bare(gfm, true)
  const withoutCode = bare(gfm, false)
  const selected = examples.filter((example) => {
    if (/[<{}]/.test(example.markdown)) return false
    if (indentedCode) return !reliesOnIndentedCode(example)
    // With indented code off, also leave out what the four-column rule decides.
    return (
      String(withCode.processSync(example.markdown)) ===
      String(withoutCode.processSync(example.markdown))
    )
  })
  let barePasses = 0
  const failures: string[] = []
  for (const example of selected) {
    const expected = normalizeSpecHtml(example.html)
    if (normalizeSpecHtml(String(withCode.processSync(example.markdown))) !== expected) continue
    barePasses++
    const { code } = await compile(example.markdown, {
      filename: 'example.svx',
      gfm,
      indentedCode,
      // `---` at the start is frontmatter in a document; the spec reads it as a thematic break.
      frontmatter: false,
      headingIds: false,
      highlight: false,
    })
    const actual = normalizeSpecHtml(await renderCode(code))
    if (actual !== expected) {
      failures.push(
        `#${example.example} (${example.section})\n  expected ${expected}\n  actual   ${actual}`,
      )
    }
  }
  return { selected: selected.length, barePasses, passes: barePasses - failures.length, failures }
}

/**
 * The selection: not in the "Indented code blocks" section, and no code block in the
 * expected HTML that the Markdown does not fence.
 */
function reliesOnIndentedCode(example: Example): boolean {
  if (example.section === 'Indented code blocks') return true
  return /<pre><code/.test(example.html) && !/```|~~~/.test(example.markdown)
}

describe('conformance', () => {
  it('CommonMark, indented code on: every example the bare pipeline passes', async () => {
    const result = await run(load('commonmark-spec.json'), false, true)
    console.log(
      `CommonMark (indentedCode: true): ${result.passes} of ${result.selected} selected examples pass (bare pipeline: ${result.barePasses})`,
    )
    expect(result.failures).toEqual([])
    expect(result.selected).toBe(490)
    expect(result.passes).toBe(489)
  })

  it('CommonMark, defaults: every example that indentation does not decide', async () => {
    const result = await run(load('commonmark-spec.json'), false, false)
    console.log(
      `CommonMark (defaults): ${result.passes} of ${result.selected} selected examples pass (bare pipeline: ${result.barePasses})`,
    )
    expect(result.failures).toEqual([])
    expect(result.selected).toBeGreaterThan(480)
  })

  it('GFM extensions: every example the bare pipeline with remark-gfm passes', async () => {
    // `tagfilter` and `disabled` examples are raw HTML, which is Svelte in a `.svx` document, so
    // the `<` filter above leaves them out on its own.
    const result = await run(load('gfm-extensions.json'), true, false)
    console.log(
      `GFM: ${result.passes} of ${result.selected} selected examples pass (bare pipeline: ${result.barePasses})`,
    )
    expect(result.failures).toEqual([])
    expect(result.passes).toBeGreaterThan(10)
  })
})
