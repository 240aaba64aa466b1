import { render } from 'svelte/server'
import { describe, expect, test } from 'vitest'
import { Markdown, renderMarkdown } from '../src/index.ts'
import { type Example, loadExamples, referencePasses } from './conformance.ts'
import { normalizeHtml } from './normalize-html.ts'

// With sanitizing off, raw HTML renders as HTML, so the spec's examples apply unchanged.
const suites = [
  { name: 'CommonMark', examples: loadExamples('commonmark-spec.json'), gfm: false },
  { name: 'GFM extensions', examples: loadExamples('gfm-extensions.json'), gfm: true },
]

for (const { name, examples, gfm } of suites) {
  const passing = examples.filter((example) => referencePasses(example, gfm))

  describe(`${name}: examples the reference pipeline renders correctly`, () => {
    test(`the reference pipeline passes ${passing.length} of ${examples.length}`, () => {
      // A floor, so a broken normalisation (which would shrink the suite) fails loudly.
      expect(passing.length).toBeGreaterThan(examples.length * (gfm ? 0.5 : 0.95))
    })

    test.each(
      passing.map((example): [string, Example] => [
        `${example.example} (${example.section})`,
        example,
      ]),
    )('example %s renders the same through <Markdown>', (_, example) => {
      const options = { sanitize: false, gfm, headingIds: false } as const
      const { body } = render(Markdown, { props: { source: example.markdown, ...options } })
      expect(normalizeHtml(body)).toBe(normalizeHtml(example.html))
      expect(normalizeHtml(renderMarkdown(example.markdown, options).html)).toBe(
        normalizeHtml(example.html),
      )
    })
  })
}
