/**
 * Every error and warning sveltedown reports, in one place. Codes are stable: they are never
 * renamed once released, and `docs/reference/errors.md` is generated from this file.
 */

type Values = Record<string, string | number | boolean | undefined>

export interface DiagnosticDefinition {
  severity: 'error' | 'warning'
  /** One line for the reference page: what this means and how to fix it. */
  description: string
  /** The message, in the form "Unexpected X, expected Y". */
  message(values: Values): string
}

const where = (values: Values) => (values.line ? ` (opened on line ${values.line})` : '')

export const catalogue = {
  expression_unterminated: {
    severity: 'error',
    description:
      'A `{` starts a Svelte expression or tag and needs a matching `}`. Braces inside strings, template literals, comments and regular expressions do not count. To write a literal brace in prose, escape it as `\\{`.',
    message: () =>
      'Unexpected end of input in expression, expected a closing `}` (write `\\{` for a literal brace)',
  },
  tag_unclosed: {
    severity: 'error',
    description:
      'An element or component was opened but not closed before its container ended. Close it, or write it self-closing (`<Foo />`). An element opened on its own line must be closed on its own line in the same container (list item, block quote).',
    message: (values) =>
      `Unexpected ${values.before}, expected a closing tag \`</${values.name}>\` for \`<${values.name}>\`${values.before === 'end of the paragraph' ? ' in the same paragraph (a tag opened inside a paragraph is closed inside it)' : ''}`,
  },
  tag_mismatch: {
    severity: 'error',
    description: 'A closing tag does not match the element that is open at that point.',
    message: (values) =>
      `Unexpected closing tag \`</${values.name}>\`, expected \`</${values.expected}>\`${where(values)}`,
  },
  tag_unexpected_close: {
    severity: 'error',
    description: 'A closing tag was found where no element is open.',
    message: (values) =>
      `Unexpected closing tag \`</${values.name}>\`, expected no closing tag here because no element is open`,
  },
  tag_close_placement: {
    severity: 'error',
    description:
      'An element opened on its own line contains Markdown flow (paragraphs, lists), so its closing tag must also be on its own line; an element opened inside a paragraph must be closed in that paragraph.',
    message: (values) =>
      values.flow
        ? `Unexpected closing tag \`</${values.name}>\` inside a paragraph, expected it on its own line because \`<${values.name}>\` was opened on its own line`
        : `Unexpected closing tag \`</${values.name}>\` on its own line, expected it inside the paragraph where \`<${values.name}>\` was opened`,
  },
  block_unclosed: {
    severity: 'error',
    description:
      'A block (`{#if}`, `{#each}`, `{#await}`, `{#key}`, `{#snippet}`) was opened but not closed before its container ended.',
    message: (values) =>
      `Unexpected ${values.before}, expected \`{/${values.name}}\` to close \`{#${values.name}}\`${values.before === 'end of the paragraph' ? ' in the same paragraph (a block opened inside a paragraph is closed inside it)' : ''}`,
  },
  block_unexpected_close: {
    severity: 'error',
    description: 'A closing block tag (`{/if}`) was found where no block is open.',
    message: (values) =>
      values.element
        ? `Unexpected \`${values.tag}\`, expected \`</${values.element}>\` first`
        : `Unexpected \`${values.tag}\`, expected no closing block tag because no block is open`,
  },
  block_unexpected_branch: {
    severity: 'error',
    description:
      '`{:else}` belongs in `{#if}` or `{#each}`; `{:then}` and `{:catch}` belong in `{#await}`.',
    message: (values) =>
      values.block
        ? `Unexpected \`${values.tag}\` in \`{#${values.block}}\`, expected a branch that \`{#${values.block}}\` accepts`
        : `Unexpected \`${values.tag}\`, expected it inside a block`,
  },
  block_mismatch: {
    severity: 'error',
    description: 'A closing block tag does not match the block that is open at that point.',
    message: (values) =>
      `Unexpected \`${values.tag}\`, expected \`${values.expected}\`${where(values)}`,
  },
  block_invalid: {
    severity: 'error',
    description:
      'Svelte has the blocks `{#if}`, `{#each}`, `{#await}`, `{#key}` and `{#snippet}`. For a literal `{` in prose, write `\\{`.',
    message: (values) =>
      `Unexpected block \`{#${values.name}}\`, expected one of \`if\`, \`each\`, \`await\`, \`key\`, \`snippet\``,
  },
  block_tag_placement: {
    severity: 'error',
    description:
      'A block opened on its own line holds Markdown flow, so its branch and closing tags must also be on their own lines; a block opened inside a paragraph must end in that paragraph.',
    message: (values) =>
      values.flow
        ? `Unexpected \`${values.tag}\` inside a paragraph, expected it on its own line because \`{#${values.name}}\` was opened on its own line`
        : `Unexpected \`${values.tag}\` on its own line, expected it inside the paragraph where \`{#${values.name}}\` was opened`,
  },
  frontmatter_invalid: {
    severity: 'error',
    description: 'The frontmatter could not be parsed, or is not a mapping of keys to values.',
    message: (values) => `Unexpected ${values.reason} in frontmatter, expected ${values.expected}`,
  },
  layout_unknown: {
    severity: 'error',
    description:
      "The frontmatter names a layout that is not configured. Add it to the `layout` option (`{ blog: './src/lib/Blog.svelte' }`), fix the name, or write `layout: false` for no layout.",
    message: (values) =>
      `Unexpected layout \`${values.name}\`, expected ${values.known ? `one of ${values.known}` : 'no layout name because the `layout` option is a single path'}`,
  },
  option_mdsvex: {
    severity: 'warning',
    description:
      'An mdsvex option name was used. It works, but means something slightly different here; the message says what. See docs/migrating-from-mdsvex.md.',
    message: (values) => String(values.message),
  },
  component_not_found: {
    severity: 'error',
    description:
      'A layout or component configured in the options does not exist. Paths are absolute or relative to the project root (`root`, by default the working directory).',
    message: (values) =>
      `Unexpected missing file \`${values.file}\` for option \`${values.option}\`, expected a Svelte component at that path`,
  },
  highlight_language_unknown: {
    severity: 'warning',
    description:
      'Shiki has no grammar for the language of a code fence, so it is shown as plain text. Check the name, add an alias with `highlight.langAlias`, or load a grammar with `highlight.langs`.',
    message: (values) =>
      `Unexpected language \`${values.lang}\` in code fence, expected a language Shiki knows; showing it as plain text`,
  },
  nesting_too_deep: {
    severity: 'error',
    description:
      'Lists, block quotes, elements, components or blocks are nested deeper than sveltedown compiles safely (256 levels; real documents stay far below). Flatten the structure.',
    message: (values) =>
      `Unexpected ${values.kind} nested ${values.depth} levels deep, expected at most ${values.limit} levels of nesting`,
  },
} satisfies Record<string, DiagnosticDefinition>

export type DiagnosticCode = keyof typeof catalogue
