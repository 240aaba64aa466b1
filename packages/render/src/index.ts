export { default as Markdown } from './Markdown.svelte'
export { type RenderResult, renderMarkdown } from './render-markdown.js'
export type { AllowedAttribute, SanitizeSchema } from './sanitize/default-schema.js'
export { defaultSchema } from './sanitize/default-schema.js'
export {
  type BlockRenderer,
  createBlockRenderer,
  type Rendered,
} from './stream/create-block-renderer.js'
export type {
  Block,
  CodeBlockProps,
  ComponentEntry,
  Components,
  ElementProps,
  ElementSnippets,
  Heading,
  HighlightFunction,
  Languages,
  RenderOptions,
  ShikiHighlighter,
} from './types.js'
