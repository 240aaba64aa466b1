/**
 * The browser entry (the `browser` export condition, or `sveltedown/browser`): `compile()` and
 * the parts that need no file system, for playgrounds and editors. It imports no `node:*`.
 * Layouts and `components` name files, so they are off here: compile the document alone, or
 * wrap it in a layout in your own code. Shiki runs with its JavaScript regex engine and loads a
 * language the first time a fence uses it.
 */
export { type CompileResult, compile, type Diagnostic } from './compile.js'
export { catalogue, type DiagnosticCode } from './diagnostics/catalogue.js'
export { createFrame } from './diagnostics/create-frame.js'
export { SveltedownError } from './diagnostics/sveltedown-error.js'
export type { HighlightFunction, HighlightOptions, Theme } from './highlight/highlight-options.js'
export type {
  CompileOptions,
  ContentOptions,
  FrontmatterOptions,
  LinkOptions,
} from './options.js'
export { remarkSvelte } from './parse/remark-svelte.js'
export { svelteFromMarkdown } from './parse/svelte-from-markdown.js'
export { type SvelteSyntaxOptions, svelteSyntax } from './parse/svelte-syntax.js'
export { svelteToMarkdown } from './parse/svelte-to-markdown.js'
export { createProcessor } from './processor.js'
export type { SourceMapV3 } from './serialize/create-writer.js'
export type { Heading } from './transform/rehype-heading-ids.js'
export { svelteHandlers } from './transform/svelte-handlers.js'
export type * from './types.js'
