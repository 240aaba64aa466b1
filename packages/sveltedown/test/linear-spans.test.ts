import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { toHtml } from 'hast-util-to-html'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import { parse, postprocess, preprocess } from 'micromark'
import type { Event, Extension, ParseContext, Point, Resolver } from 'micromark-util-types'
import remarkGfm from 'remark-gfm'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  originalSpanResolver,
  resolveAllAttentionLinear,
  resolveAllStrikethroughLinear,
  useLinearSpansIn,
} from '../src/parse/linear-spans.js'
import { shared } from './utils/paths.js'

/**
 * The linear emphasis and strikethrough resolvers (src/parse/linear-spans.ts) against
 * micromark's own, which stay reachable on the constructs: each input is parsed by the same
 * micromark parser twice, once with micromark's resolvers put back, and the events (every
 * token's type and both points, `_index` and `_bufferIndex` included) and the mdast must be
 * the same.
 */

const gfm = unified().use(remarkGfm)
gfm.freeze()
const extensions = gfm.data().micromarkExtensions ?? []
const mdastExtensions = gfm.data().fromMarkdownExtensions ?? []

// The constructs this parser resolves spans with: micromark's attention, remark-gfm's
// strikethrough. Made linear here rather than waiting for the first text, so both runs below
// see them replaced.
const parser: ParseContext = parse({ extensions })
useLinearSpansIn(parser)
const replaced = [
  ...(parser.constructs.insideSpan.null ?? []),
  ...[42, 95, 126].flatMap((code) => [parser.constructs.text[code] ?? []].flat()),
].filter((construct) => originalSpanResolver(construct))

/** Run with micromark's resolvers on the constructs, then put the linear ones back. */
function withMicromarkResolvers<T>(run: () => T): T {
  const linear = replaced.map((construct) => construct.resolveAll)
  for (const construct of replaced) construct.resolveAll = originalSpanResolver(construct)
  try {
    return run()
  } finally {
    replaced.forEach((construct, index) => {
      construct.resolveAll = linear[index]
    })
  }
}

function point(value: Point): string {
  return `${value.line}:${value.column}:${value.offset}:${value._index}:${value._bufferIndex}`
}

function events(markdown: string, more: Extension[] = []): string[] {
  const all: Event[] = postprocess(
    parse({ extensions: [...extensions, ...more] })
      .document()
      .write(preprocess()(markdown, undefined, true)),
  )
  return all.map(
    ([kind, token]) => `${kind} ${token.type} ${point(token.start)}-${point(token.end)}`,
  )
}

function mdast(markdown: string): string {
  return JSON.stringify(fromMarkdown(markdown, { extensions, mdastExtensions }))
}

/** The same events, and (unless only the events are asked for) the same mdast. */
function expectSameAsMicromark(markdown: string, { tree = true } = {}): void {
  const expectedEvents = withMicromarkResolvers(() => events(markdown))
  expect(events(markdown), JSON.stringify(markdown)).toEqual(expectedEvents)
  if (!tree) return
  const expectedTree = withMicromarkResolvers(() => mdast(markdown))
  expect(mdast(markdown), JSON.stringify(markdown)).toBe(expectedTree)
}

interface Example {
  example: number
  markdown: string
}

function load(name: string): Example[] {
  return JSON.parse(fs.readFileSync(path.join(shared, 'conformance', name), 'utf8'))
}

describe('linear emphasis and strikethrough resolvers', () => {
  it('replace micromark’s on the parser’s attention and strikethrough constructs', () => {
    const resolvers = replaced.map((construct) => construct.resolveAll)
    expect(resolvers).toContain(resolveAllAttentionLinear)
    expect(resolvers).toContain(resolveAllStrikethroughLinear)
  })

  for (const name of ['commonmark-spec.json', 'gfm-extensions.json']) {
    it(`give micromark’s events and mdast on every example of ${name}`, () => {
      const examples = load(name)
      expect(examples.length).toBeGreaterThan(20)
      for (const { markdown } of examples) expectSameAsMicromark(markdown)
    })
  }

  it('keep micromark’s own readings where it differs from CommonMark’s reference algorithm', () => {
    // The rule of 3 counts what is left of a run: after `**` closes two of the five, the three
    // left may pair with a single `*` (cmark, counting five, leaves them as text).
    expect(html('a*****b*c**d*e')).toBe('<p>a**<em><strong>b*c</strong>d</em>e</p>')
    // A span's content is resolved again when the span is made: `****` failed to close `**`
    // at length 4, and pairs with it at length 3, after `*` used one of its markers.
    expect(html('_a**b****c*d_ e')).toBe('<p><em>a<strong>b</strong>*<em>c</em>d</em> e</p>')
    // With attention resolved first, a `~~` pairs only inside the span that holds it.
    expect(html('*x* ~~a *b~~ c*')).toBe('<p><em>x</em> ~~a <em>b~~ c</em></p>')
    for (const markdown of ['a*****b*c**d*e', '_a**b****c*d_ e', '*x* ~~a *b~~ c*']) {
      expectSameAsMicromark(markdown)
    }
  })

  it('leave span contents to micromark’s resolvers when another extension resolves them too', () => {
    // An `insideSpan` resolver this does not know: micromark's own resolvers run, same events.
    let calls = 0
    const count: Resolver = (all) => {
      calls++
      return all
    }
    const other: Extension = { insideSpan: { null: [{ resolveAll: count }] } }
    const markdown = '*a ~~b **c** d~~ e* _f_'
    const expected = withMicromarkResolvers(() => events(markdown, [other]))
    const callsByMicromark = calls
    expect(events(markdown, [other])).toEqual(expected)
    expect(calls).toBe(2 * callsByMicromark)
    expect(callsByMicromark).toBeGreaterThan(0)
  })

  it('give micromark’s events and mdast on generated text (fast-check)', () => {
    const unit = fc.constantFrom(
      '*',
      '**',
      '_',
      '~',
      '~~',
      'a',
      ' ',
      '\n',
      '[',
      ']',
      '(',
      ')',
      '`',
      '<',
    )
    fc.assert(
      // The events decide the mdast; comparing them is enough here.
      fc.property(fc.string({ unit, maxLength: 48 }), (markdown) => {
        expectSameAsMicromark(markdown, { tree: false })
      }),
      { seed: 20_261_127, numRuns: 2500 },
    )
  })

  it('give micromark’s events and mdast on generated runs of markers between letters (fast-check)', () => {
    // Runs of every length, both-flanking runs (between letters) and nesting: where the rule of
    // 3 counts the lengths left and where span contents are resolved again.
    const run = fc.tuple(fc.constantFrom('*', '_', '~'), fc.integer({ min: 1, max: 5 }))
    const unit = fc.oneof(
      run.map(([marker, length]) => marker.repeat(length)),
      fc.constantFrom('a', ' ', 'a ', ' a', '\n'),
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        expectSameAsMicromark(units.join(''), { tree: false })
      }),
      { seed: 20_261_127, numRuns: 3000 },
    )
  })
})

/** The HTML micromark's own resolvers give (the test above checks the linear ones agree). */
function html(markdown: string): string {
  return withMicromarkResolvers(() =>
    toHtml(toHast(fromMarkdown(markdown, { extensions, mdastExtensions }))),
  )
}
