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
      'An element opened on its own line contains Markdown flow (paragraphs, lists), so its closing tag goes on its own line, or at the end of the last paragraph inside it; an element opened inside a paragraph must be closed in that paragraph.',
    message: (values) =>
      values.flow
        ? `Unexpected closing tag \`</${values.name}>\` inside a paragraph that goes on to line ${values.line}, expected it on its own line or at the end of that paragraph because \`<${values.name}>\` was opened on its own line`
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
  comment_unclosed: {
    severity: 'error',
    description:
      'An HTML comment that starts a line (`<!--`) has no `-->` before the end of the document or of the list item or block quote it is in. Close it with `-->`; to show the characters, escape them (`\\<!--`).',
    message: () => 'Unexpected end of the document, expected `-->` to close the comment',
  },
  tag_unterminated: {
    severity: 'error',
    description:
      'A line starts with the tag of an HTML block element (`<div`, `<table`, `<section`, …) and no `>` ends it before the end of the document or of the list item or block quote it is in. Svelte reads everything after the name as attributes, so end the tag with `>`; to show the characters, escape the `<` (`\\<div`).',
    message: (values) =>
      `Unexpected end of the document in the tag \`<${values.name}\`, expected \`>\` to end it`,
  },
  tag_crosses_container: {
    severity: 'error',
    description:
      'A closing or branch tag sits inside a Markdown container (list item, block quote, footnote definition, link, emphasis) that began after its element or block was opened. Close the element or block inside the container, or move the tag out of it: for an indented footnote definition or list item, a blank line or less indentation ends it.',
    message: (values) =>
      `Unexpected \`${values.tag}\` inside the ${values.container}${values.containerLine ? ` that starts on line ${values.containerLine}` : ''}, expected it after the ${values.container} ends because \`${values.opening}\` was opened before it (line ${values.line})`,
  },
  frontmatter_invalid: {
    severity: 'error',
    description: 'The frontmatter could not be parsed, or is not a mapping of keys to values.',
    message: (values) => `Unexpected ${values.reason} in frontmatter, expected ${values.expected}`,
  },
  frontmatter_schema: {
    severity: 'error',
    description:
      'A frontmatter value does not match the schema configured for the document in the `content` option (a folder glob or `layout:<name>`). The message names the key (with its path, such as `author.name` or `tags[1]`) and quotes the schema library. The error is at the value, or at the frontmatter fence for a key that is missing. Fix the value, or change the schema.',
    message: (values) =>
      `Unexpected ${values.missing ? 'missing value' : 'value'} at \`${values.path}\` in frontmatter (${values.reason}), expected it to match the schema for \`${values.entry}\`${values.more ? ` (${values.more} more ${values.more === 1 ? 'issue' : 'issues'} after this one)` : ''}`,
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
  asset_not_found: {
    severity: 'error',
    description:
      'An image with a relative path (`![alt](./img.png)`, `<img src="../assets/a.png">`), or another file the markup loads (`srcset` of `<img>` and `<source>`, `src` of `<video>`, `<audio>`, `<source>` and `<track>`, `<video poster>`), names a file that does not exist. The path is relative to the document. Fix it, or write an absolute path (`/img.png`, served from `static/`) to leave it as written. The `images` option turns this off.',
    message: (values) =>
      `Unexpected missing file \`${values.file}\` for ${values.what ?? 'image'} \`${values.src}\`, expected a file at that path (relative to the document)`,
  },
  link_broken: {
    severity: 'warning',
    description:
      'A link to another document (`[next](./other.svx)`, `[x](../guide/intro.md#setup)`) names a document that does not exist, one that is not a page (a `+page` file in the routes folder or a file in a folder of `links.folders`), a page with route parameters, or a heading id the document does not have. The link is left as written when the document is not a page. Fix the path or the `#id` (ids are the GitHub-style slugs of the headings, listed in the document’s `headings` export).',
    message: (values) =>
      values.id
        ? `Unexpected \`#${values.id}\` in link to \`${values.href}\`, expected the id of a heading in \`${values.file}\`${values.known ? ` (it has ${values.known})` : ' (it has no heading ids)'}`
        : `Unexpected link to \`${values.href}\`, expected ${values.reason}`,
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
      values.depth === undefined
        ? `Unexpected ${values.kind} nested too deeply to compile (the call stack overflowed${values.plugin ? ` in ${values.plugin}` : ''}), expected less nesting`
        : `Unexpected ${values.kind} nested ${values.depth} levels deep, expected at most ${values.limit} levels of nesting`,
  },
  plugin_error: {
    severity: 'error',
    description:
      'A remark or rehype plugin from `remarkPlugins` or `rehypePlugins` threw an error, when it was set up or while it transformed the document. The message names the plugin and quotes its error; the original error is the `cause`. Check the plugin’s options, or report it to its author.',
    message: (values) =>
      values.stage
        ? `Unexpected error in ${values.plugin} ${values.stage}: ${values.reason}, expected the plugin to ${values.stage === 'while it was set up' ? 'set up' : 'transform the document'} without an error`
        : `Unexpected ${values.value} in ${values.plugin}, expected a plugin: a function, a \`[plugin, options]\` tuple or a preset${values.hint ?? ''}`,
  },
  plugin_incompatible: {
    severity: 'error',
    description:
      'A remark plugin written for remark 12 or older (it adds tokenizers to `this.Parser.prototype` or changes `this.Compiler`) cannot work with remark 13 and later, which parse with micromark. Use a newer version of the plugin, or a modern plugin that does the same (remark-directive for containers, for example).',
    message: (values) =>
      `Unexpected ${values.plugin} written for remark 12 or older (${values.reason}), expected a plugin for unified 11 and micromark`,
  },
  internal_error: {
    severity: 'error',
    description:
      'Something went wrong inside sveltedown or one of its dependencies. This is a bug: please report it with the document (or the smallest part of it that still fails) and the options. The original error is the `cause`.',
    message: (values) =>
      `Unexpected internal error: ${values.reason}, expected the document to compile (this is a bug in sveltedown, please report this with the document and options)`,
  },
  option_unknown: {
    severity: 'warning',
    description:
      'An option name that sveltedown does not know was given; it is ignored. The message names the closest known option when there is one, as for a typo like `layouts` instead of `layout`.',
    message: (values) =>
      `Unexpected option \`${values.name}\`, expected ${values.closest ? `\`${values.closest}\`` : `one of ${values.known}`} (the option is ignored)`,
  },
} satisfies Record<string, DiagnosticDefinition>

export type DiagnosticCode = keyof typeof catalogue
