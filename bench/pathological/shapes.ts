/**
 * Inputs that grow without bound in one direction: unclosed constructs (each of which makes a
 * naive tokenizer scan to the end of the document from every later start), long lines, deep
 * nesting and long runs. Each is a unit repeated up to a size in bytes.
 */
export interface Shape {
  name: string
  /** What the document looks like, for the report. */
  unit: string
  make(bytes: number): string
}

const repeated = (name: string, unit: string, prefix = ''): Shape => ({
  name,
  unit: prefix + unit,
  make: (bytes) =>
    prefix + unit.repeat(Math.max(1, Math.floor((bytes - prefix.length) / unit.length))),
})

export const shapes: Shape[] = [
  repeated('unclosed comments, one per line', '<!-- a\n'),
  repeated('unclosed comments, one line', '<!-- a '),
  repeated('unclosed comments in text', 'a <!-- b\n'),
  repeated('unclosed tags, one per line', '<div\n'),
  repeated('unclosed tags, one line', '<div '),
  repeated('unfinished inline tags, one per line', '<span\n'),
  repeated('unclosed tags in text', 'x <div\n'),
  repeated('one unclosed script', 'let a = 1\n', '<script>\n'),
  repeated('one unclosed style', 'a { color: red }\n', '<style>\n'),
  repeated('unclosed scripts', '<script>\nx\n'),
  repeated('scripts ending in a comment', '<script>\n/*\n</script>\n'),
  repeated('many `{`', '{'),
  repeated('many `{` in text', 'a {'),
  repeated('many `<`', '<'),
  repeated('many `<` in text', 'a < b '),
  repeated('`<a` repeated', '<a'),
  repeated('one long line', 'word '),
  repeated('long paragraph', 'let a = 1\n'),
  repeated('deep `[`', '['),
  repeated('deep `(`', '('),
  repeated('many `]`', ']'),
  repeated('`]` after an image start', ']', '!['),
  repeated('many `}`', '}'),
  repeated('expressions on one line', '{a} '),
  repeated('links never closed', '[a]('),
  repeated('run of `*`', '*'),
  repeated('`*a` repeated', '*a'),
  repeated('`_a` repeated', '_a'),
  repeated('`**a` repeated', '**a'),
  repeated('`~~a` repeated', '~~a'),
  repeated('`a*` repeated', 'a*'),
  repeated('`{#if x}` repeated', '{#if x}'),
  repeated('`{#if x}` per line', '{#if x}\n'),
  repeated('backticks', '`a'),
  repeated('backtick runs', '``a`'),
  repeated('unclosed quoted attribute values', '<a b="'),
  repeated('lazy lines closing block quotes', '> a\n# h\n'),
  repeated('list items closed by a heading', '- a\n# h\n'),
  repeated('indented footnote definitions in blocks', '    {#if x}\n    [^1]: y\n    {/if}\n'),
  repeated(
    'footnote definitions in indented elements',
    '<Card>\n\t<div>\n\ta[^1]\n\n\t[^1]: y\n\t</div>\n</Card>\n',
  ),
  repeated('unclosed elements, one line', '<div>'),
  repeated('unclosed elements with text', '<div>a\n'),
  repeated('unclosed elements with text, one line', '<div>a'),
  repeated('elements, one line', '<div></div>'),
  repeated('elements with text, one per line', '<div>x</div>\n'),
  repeated('unclosed list items', '<li>a\n'),
]
