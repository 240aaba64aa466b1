import { describe, expect, it } from 'vitest'
import { compile } from '../src/index.js'
import { growthRatio } from './utils/growth-ratio.js'

/**
 * Time grows linearly: for inputs that grow without bound (unclosed constructs, long lines, deep
 * brackets, long runs), compiling twice the input takes less than 2.5 times as long (measured
 * as utils/growth-ratio.ts says).
 */
// Sizes are as small as still measurable. Shapes on which micromark itself is quadratic
// (backticks, links never closed) are in bench/pathological, not here.
const shapes: Array<[name: string, unit: string, kib: number]> = [
  ['unclosed comments, one per line', '<!-- a\n', 64],
  ['unclosed comments, one line', '<!-- a ', 128],
  ['unclosed comments in text', 'a <!-- b\n', 4],
  // `<div` with no `>` after it is an error at its line (tag_unterminated); `<span` is text.
  ['unfinished tags, one per line', '<span\n', 4],
  ['unclosed script', 'let a = 1\n', 64],
  ['unclosed scripts, one per line', '<script>\nx\n', 64],
  ['unclosed styles, one per line', '<style>\na {}\n', 64],
  ['scripts whose comment never closes', '<script>\n/*\n</script>\n', 4],
  ['unclosed block comments in tags, one per line', '<a /*\n', 4],
  ['many `{`', 'a {', 256],
  ['many `<`', '<', 16],
  ['many `<` in text', 'a < b ', 48],
  ['`<a` repeated', '<a', 16],
  ['one long line', 'word ', 16],
  ['deep `[`', '[', 8],
  ['deep `(`', '(', 32],
  ['run of `*`', '*', 64],
  // Emphasis and strikethrough runs (micromark's attention and strikethrough resolvers: see
  // linear-spans.ts).
  ['`*a` repeated', '*a', 4],
  ['`_a` repeated', '_a', 2],
  ['`**a` repeated', '**a', 4],
  ['`~~a` repeated', '~~a', 2],
  ['`a*` repeated', 'a*', 2],
  // One line of many items (past the nesting limit, each is counted: see create-line-nesting.ts).
  ['`{#if x}{/if}` repeated', '{#if x}{/if}', 8],
  ['`<div></div>` repeated', '<div></div>', 4],
  // Each line closes a container mid-flow (micromark's lazy-line path: see linear-edit-map.ts).
  ['lazy lines closing block quotes', '> a\n# h\n', 8],
  [
    'indented footnote definitions closed by a block tag',
    '    {#if x}\n    [^1]: y\n    {/if}\n',
    8,
  ],
  ['list items closed by a heading', '- a\n# h\n', 8],
  // One paragraph of many data tokens (micromark's text resolver: see linear-text-merge.ts).
  ['long paragraph of many lines', 'let a = 1\n', 32],
  ['unclosed tags in text', 'x <div\n', 32],
  // Label ends look back (micromark's label lookup, GFM's footnote call: see linear-label-ends.ts).
  ['many `]`', ']', 8],
  ['nested brackets', '[', 8],
  ['`]` after an image start', ']', 8],
]

/** Shapes that are more than one unit repeated. */
const sources: Record<string, (units: string) => string> = {
  // With the script prefix, so that one `<script>` is left open.
  'unclosed script': (units) => `<script>\n${units}`,
  // As many `]` after the `[`s: each closes one.
  'nested brackets': (units) => units + ']'.repeat(units.length),
  '`]` after an image start': (units) => `![${units}`,
}

async function compileIgnoringErrors(source: string): Promise<void> {
  try {
    await compile(source, { filename: 'growth.svx', highlight: false })
  } catch {
    // Unclosed blocks and braces are errors; how fast they are found is what counts here.
  }
}

describe('linear time', () => {
  for (const [name, unit, kib] of shapes) {
    it(`${name} (${JSON.stringify(unit)}): twice the input takes less than 2.5x the time`, async () => {
      const make = (bytes: number) => unit.repeat(Math.floor(bytes / unit.length))
      const source = (bytes: number) => (sources[name] ?? String)(make(bytes))
      const { ratio, description } = await growthRatio(
        (size) => compileIgnoringErrors(source(size)),
        kib * 1024,
      )
      expect(ratio, description).toBeLessThan(2.5)
    })
  }
}, 120_000)
