import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import { gfm } from 'micromark-extension-gfm'
import type { Extension as MicromarkExtension } from 'micromark-util-types'
import { gfmMdastExtensions } from './gfm-mdast-extensions.js'
import { createPluginRunner } from './plugins/create-plugin-runner.js'
import { defaultSchema, type SanitizeSchema } from './sanitize/default-schema.js'
import { createUrlPolicy, type UrlPolicy } from './sanitize/url-policy.js'
import type { HighlightFunction, RenderOptions, ShikiHighlighter } from './types.js'

/** Options turned into what the pipeline runs, once per set of options. */
export interface Config {
  extensions: MicromarkExtension[]
  mdastExtensions: FromMarkdownExtension[]
  runRemark: ((tree: MdastRoot) => void) | undefined
  runRehype: ((tree: HastRoot) => void) | undefined
  schema: SanitizeSchema | undefined
  /** Checks links and images; `undefined` only for unsanitized output without URL options. */
  urlPolicy: UrlPolicy | undefined
  /** Tags the source may use because a component renders them (`Chart`), exact case. */
  componentTags: ReadonlySet<string>
  headingIds: boolean
  highlighter: ShikiHighlighter | HighlightFunction | undefined
  highlightOptions: Record<string, unknown>
}

/** The URL options; any of them turns the URL policy on even for unsanitized output. */
const urlOptions = [
  'allowedLinkPrefixes',
  'allowedImagePrefixes',
  'defaultOrigin',
  'allowedProtocols',
  'allowDataImages',
  'linkTarget',
] as const

export function resolveConfig(
  options: RenderOptions = {},
  componentTags: readonly string[] = [],
): Config {
  const extensions: MicromarkExtension[] = []
  const mdastExtensions: FromMarkdownExtension[] = []
  if (options.gfm !== false) {
    extensions.push(gfm())
    mdastExtensions.push(...gfmMdastExtensions())
  }

  let runRemark: Config['runRemark']
  if (options.remarkPlugins?.length) {
    // Syntax plugins (remark-math, remark-directive...) register micromark extensions through
    // `this.data()` when they are attached.
    const runner = createPluginRunner(options.remarkPlugins)
    const data = runner.data as {
      micromarkExtensions?: MicromarkExtension[]
      fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]>
    }
    extensions.push(...(data.micromarkExtensions ?? []))
    for (const extension of data.fromMarkdownExtensions ?? []) {
      if (Array.isArray(extension)) mdastExtensions.push(...extension)
      else mdastExtensions.push(extension)
    }
    runRemark = (tree) => {
      runner.run(tree)
    }
  }

  let runRehype: Config['runRehype']
  if (options.rehypePlugins?.length) {
    const runner = createPluginRunner(options.rehypePlugins)
    runRehype = (tree) => {
      runner.run(tree)
    }
  }

  const sanitize = options.sanitize ?? true
  const schema = sanitize === true ? defaultSchema : sanitize === false ? undefined : sanitize
  // Unsanitized output is trusted: only the URL options the app gave apply, any scheme passes.
  const urlPolicy =
    schema || urlOptions.some((key) => options[key] !== undefined)
      ? createUrlPolicy(
          options,
          schema
            ? { link: schema.protocols.href ?? [], image: schema.protocols.src ?? [] }
            : { link: ['*'], image: ['*'] },
        )
      : undefined
  return {
    extensions,
    mdastExtensions,
    runRemark,
    runRehype,
    schema,
    urlPolicy,
    componentTags: new Set(componentTags),
    headingIds: options.headingIds ?? true,
    highlighter: options.highlighter,
    highlightOptions: options.highlightOptions ?? {},
  }
}
