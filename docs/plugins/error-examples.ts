import type { CompileOptions } from 'sveltedown'
import { z } from 'zod'

/** A document, and the options it is compiled with, that raises one diagnostic. */
export interface ErrorExample {
  source: string
  options?: CompileOptions
  /** Shown instead of the options object, when the options are code (a plugin). */
  optionsText?: string
}

/**
 * One example per code of the catalogue. The errors page compiles each at build time and fails
 * the build when an example no longer raises its code, so the page cannot go stale.
 * `internal_error` has none: it is a bug, raised by no document on purpose.
 */
export const errorExamples: Record<string, ErrorExample> = {
  expression_unterminated: { source: 'Total: {price * count\n' },
  tag_unclosed: { source: '<Card>\n\nSome text.\n' },
  tag_mismatch: { source: '<Card>\n\nText.\n\n</Note>\n' },
  tag_unexpected_close: { source: 'Text.\n\n</Card>\n' },
  tag_close_placement: { source: '<Card>\n\nFirst paragraph </Card>\ngoes on.\n' },
  block_unclosed: { source: '{#if open}\n\nShown when open.\n' },
  block_unexpected_close: { source: 'Text.\n\n{/if}\n' },
  block_unexpected_branch: { source: '{#if ready}\nReady.\n{:then value}\n{/if}\n' },
  block_mismatch: { source: '{#if open}\n\nText.\n\n{/each}\n' },
  block_invalid: { source: '{#foo bar}\nText.\n{/foo}\n' },
  block_tag_placement: { source: '{#if open}\n\nText {/if}\nmore text.\n' },
  comment_unclosed: { source: 'Text.\n\n<!-- a comment that never ends\n' },
  tag_unterminated: { source: 'Our plans:\n\n<div class="plans"\n\n- Free\n- Pro\n' },
  tag_crosses_container: { source: '{#if open}\n- an item\n  {/if}\n' },
  frontmatter_invalid: { source: '---\ntitle: a: b\n---\n\n# Hi\n' },
  frontmatter_schema: {
    source: '---\ntitle: First post\nauthor:\n  name: 42\n---\n\n# {title}\n',
    options: {
      content: {
        '**': { schema: z.object({ title: z.string(), author: z.object({ name: z.string() }) }) },
      },
    },
    optionsText:
      "{ content: { '**': { schema: z.object({ title: z.string(), author: z.object({ name: z.string() }) }) } } }",
  },
  layout_unknown: {
    source: '---\nlayout: post\n---\n\n# Hi\n',
    options: { layout: { blog: './src/lib/Blog.svelte' } },
  },
  option_mdsvex: {
    source: '# Hi\n',
    options: { highlight: { alias: { svx: 'svelte' } } as never },
  },
  component_not_found: {
    source: '# Hi\n',
    options: { layout: './src/lib/Missing.svelte' },
  },
  highlight_language_unknown: { source: '```jsx2\nlet a = 1\n```\n' },
  asset_not_found: { source: '# Hi\n\n![The cover](./cover.png)\n' },
  link_broken: {
    source: '# Hi\n\nRead [the next post](./next-post.svx) too.\n',
    options: { links: { routes: 'src/routes' } },
  },
  nesting_too_deep: { source: `${'>'.repeat(300)} deep\n` },
  plugin_error: {
    source: '# Hi\n',
    options: {
      remarkPlugins: [
        () => () => {
          throw new Error('no title')
        },
      ],
    },
    optionsText: "{ remarkPlugins: [() => () => { throw new Error('no title') }] }",
  },
  plugin_incompatible: {
    source: '# Hi\n',
    options: {
      remarkPlugins: [
        function oldPlugin(this: { Parser: { prototype: Record<string, unknown> } }) {
          this.Parser.prototype.blockTokenizers = {}
        },
      ] as never,
    },
    optionsText:
      '{ remarkPlugins: [function oldPlugin() { this.Parser.prototype.blockTokenizers = {} }] }',
  },
  option_unknown: { source: '# Hi\n', options: { layouts: './Layout.svelte' } as never },
}
