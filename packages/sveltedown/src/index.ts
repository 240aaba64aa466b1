export {
  type CacheOptions,
  type CompileCache,
  createCompileCache,
} from './cache/create-compile-cache.js'
export { type CompileResult, compile, type Diagnostic } from './compile.js'
export {
  type CompiledDocument,
  type CompileManyOptions,
  type CompileManyReport,
  type CompileWorkers,
  closeCompileWorkers,
  compileMany,
  createCompileWorkers,
  type DocumentInput,
  type PluginSpecifier,
} from './compile-many.js'
export {
  resolvePluginSpecifiers,
  type SerializableOptions,
  whyNotSerializable,
} from './compile-many-options.js'
export { catalogue, type DiagnosticCode } from './diagnostics/catalogue.js'
export { createFrame } from './diagnostics/create-frame.js'
export { SveltedownError } from './diagnostics/sveltedown-error.js'
export type { HighlightFunction, HighlightOptions, Theme } from './highlight/highlight-options.js'
export { kitLinks, routesFolder } from './links/kit-links.js'
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
export { type PreprocessOptions, sveltedown } from './preprocess/sveltedown.js'
export { createProcessor } from './processor.js'
export type { SourceMapV3 } from './serialize/create-writer.js'
export { ModuleImport, toJsValue } from './serialize/to-js-value.js'
export type { Heading } from './transform/rehype-heading-ids.js'
export { svelteHandlers } from './transform/svelte-handlers.js'
export type * from './types.js'
