import type { ElementSnippets, RenderOptions } from './types.js'

/**
 * Every option `<Markdown>` passes on to the renderer, and nothing else: `satisfies` fails the
 * build when `RenderOptions` gains a key that is not listed here.
 */
const optionNames = {
  gfm: true,
  headingIds: true,
  sanitize: true,
  remarkPlugins: true,
  rehypePlugins: true,
  highlighter: true,
  highlightOptions: true,
  allowedLinkPrefixes: true,
  allowedImagePrefixes: true,
  defaultOrigin: true,
  allowedProtocols: true,
  allowDataImages: true,
  linkTarget: true,
} satisfies Record<keyof RenderOptions, true>

/**
 * The render options among a component's other props, leaving out those not given (so
 * `exactOptionalPropertyTypes` holds). It reads only the option props, so a `$derived` of it
 * changes only when an option does.
 */
export function pickOptions(props: Record<string, unknown>): RenderOptions {
  const options: Record<string, unknown> = {}
  for (const name of Object.keys(optionNames)) {
    const value = props[name]
    if (value !== undefined) options[name] = value
  }
  return options as RenderOptions
}

/** The other props that are functions: snippets named after the element they render. */
export function pickSnippets(props: Record<string, unknown>): ElementSnippets {
  return Object.fromEntries(
    Object.entries(props).filter(
      ([name, value]) => !Object.hasOwn(optionNames, name) && typeof value === 'function',
    ),
  ) as ElementSnippets
}
