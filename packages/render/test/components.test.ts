import { render } from 'svelte/server'
import { describe, expect, test } from 'vitest'
import { Markdown } from '../src/index.ts'
import { componentDocument, shownComponents } from './component-document.ts'
import { testComponents } from './fixtures/components.ts'
import { normalizeHtml } from './normalize-html.ts'

const html = (source: string, streaming = false, components = testComponents) =>
  normalizeHtml(
    render(Markdown, { props: { source, streaming, components } as { source: string } }).body,
  )

describe('components named in `components` may appear in the source', () => {
  test('attributes arrive as strings, or as JSON where the entry lists them in `jsonProps`', () => {
    expect(html('<Chart data="[1,2]" title="Sales" />')).toBe(
      '<figure class="chart" data-count="2" data-points="1 2">Sales</figure>',
    )
    expect(html('As shown <Citation id="3">in the docs</Citation>.')).toBe(
      '<p>As shown <sup class="citation" data-id="3">in the docs</sup>.</p>',
    )
  })

  test('children of a block component are Markdown', () => {
    expect(html('<Callout type="tip">\n\nSome **bold** text.\n\n</Callout>')).toBe(
      '<aside class="callout" data-type="tip"><p>Some <strong>bold</strong> text.</p></aside>',
    )
  })

  test('invalid JSON leaves the prop out, so the component falls back to its default', () => {
    expect(html('<Chart data="[1,2" title="Broken" />')).toBe(
      '<figure class="chart" data-count="0" data-points>Broken</figure>',
    )
  })

  test('handlers and script URLs never reach a component; other attributes do', () => {
    expect(
      html('<Citation id="1" onclick="alert(1)" href="javascript:alert(1)" lang="en">x</Citation>'),
    ).toBe('<p><sup class="citation" data-id="1" lang="en">x</sup></p>')
  })

  test('tags are matched with their exact case; unknown tags are sanitized as before', () => {
    expect(html('<chart data="[1]" /> <Other a="1">text</Other>')).toBe('<p>text</p>')
    expect(html('<Chart data="[1]" />', false, {})).toBe('')
  })

  test('lowercase keys replace elements and do not let their tags past the sanitizer', () => {
    expect(
      html('<aside>kept text</aside>', false, { ...testComponents, aside: testComponents.Callout }),
    ).toBe('kept text')
  })
})

describe('streaming: a component shows only once its tag is closed', () => {
  test('an open tag and its content are held back until the end tag arrives', () => {
    expect(html('See <Citation id="7">page 7', true)).toBe('<p>See</p>')
    expect(html('See <Citation id="7">page 7</Citation>', true)).toBe(
      '<p>See <sup class="citation" data-id="7">page 7</sup></p>',
    )
    expect(html('<Chart data="[1,2]"', true)).toBe('')
  })

  test(`cut at every one of ${componentDocument.length} positions, no half-built component appears`, () => {
    const final = shownComponents(html(componentDocument))
    expect(final).toHaveLength(4)
    let previous: string[] = []
    for (let end = 0; end <= componentDocument.length; end++) {
      const shown = shownComponents(html(componentDocument.slice(0, end), true))
      // Each component shown is exactly as it is in the finished document, and once shown it stays.
      expect(final.slice(0, shown.length), `cut at ${end}`).toEqual(shown)
      expect(shown.length, `cut at ${end}`).toBeGreaterThanOrEqual(previous.length)
      previous = shown
    }
    expect(previous).toEqual(final)
  })
})
