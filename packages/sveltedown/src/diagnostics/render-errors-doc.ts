import { catalogue } from './catalogue.js'

const examples: Record<string, Record<string, string | boolean>> = {
  tag_unclosed: { name: 'Card', before: 'end of the document' },
  tag_mismatch: { name: 'Card', expected: 'Note', line: '3' },
  tag_unexpected_close: { name: 'Card' },
  tag_close_placement: { name: 'Card', flow: true, line: '4' },
  block_unclosed: { name: 'if', before: 'end of the document' },
  block_unexpected_close: { tag: '{/if}' },
  block_unexpected_branch: { tag: '{:then value}', block: 'if' },
  block_mismatch: { tag: '{/each}', expected: '{/if}', line: '3' },
  block_invalid: { name: 'foo' },
  block_tag_placement: { tag: '{/if}', flow: true, name: 'if' },
  tag_crosses_container: {
    tag: '{/if}',
    container: 'list item',
    containerLine: '3',
    opening: '{#if open}',
    line: '1',
  },
  frontmatter_invalid: {
    reason: 'content (Nested mappings are not allowed in compact mappings)',
    expected: 'valid YAML',
  },
  frontmatter_schema: {
    path: 'author.name',
    reason: 'Invalid input: expected string, received number',
    entry: 'src/routes/blog/**',
  },
  tag_unterminated: { name: 'div' },
  layout_unknown: { name: 'post', known: '`blog`, `docs`' },
  component_not_found: { file: '/app/src/lib/Layout.svelte', option: 'layout' },
  option_mdsvex: {
    message: 'Unexpected mdsvex option `highlight.alias`, expected `highlight.langAlias`',
  },
  highlight_language_unknown: { lang: 'jsx2' },
  asset_not_found: { file: 'src/routes/blog/cover.png', src: './cover.png' },
  link_broken: {
    href: '../guide/intro.svx#setpu',
    id: 'setpu',
    file: 'src/routes/guide/intro/+page.svx',
    known: '`setup`, `usage`',
  },
  nesting_too_deep: { kind: 'a list', depth: '300', limit: '256' },
  plugin_error: {
    plugin: 'rehype plugin `rehypeAutolinkHeadings` at `rehypePlugins[0]`',
    stage: 'while it transformed the document',
    reason: "TypeError: Cannot read properties of undefined (reading 'length')",
  },
  plugin_incompatible: {
    plugin: 'remark plugin `plugin` at `remarkPlugins[0]`',
    reason:
      'it adds tokenizers to `this.Parser.prototype`, which remark 13 replaced with micromark extensions',
  },
  internal_error: { reason: "TypeError: Cannot read properties of undefined (reading 'start')" },
  option_unknown: { name: 'layouts', closest: 'layout' },
}

/**
 * `docs/reference/errors.md`, generated from the catalogue: one section per code, so each
 * diagnostic's `url` (`…/reference/errors#code`) lands on its explanation.
 */
export function renderErrorsDoc(): string {
  const lines = [
    '# Errors and warnings',
    '',
    '<!-- Generated from packages/sveltedown/src/diagnostics/catalogue.ts by `pnpm docs:errors`. Do not edit. -->',
    '',
    'Every diagnostic has a stable `code`, a message in the form "Unexpected X, expected Y", the',
    '`.svx` line and column (1-based) and a frame of the `.svx` source. Errors are thrown as',
    '`SveltedownError`; warnings are in `result.diagnostics` and can be silenced with the',
    '`warningFilter` option.',
    '',
  ]
  for (const [code, definition] of Object.entries(catalogue)) {
    lines.push(
      `## ${code}`,
      '',
      `${definition.severity === 'error' ? 'Error' : 'Warning'}. ${definition.description}`,
      '',
    )
    lines.push('```', definition.message(examples[code] ?? {}), '```', '')
  }
  return lines.join('\n')
}
