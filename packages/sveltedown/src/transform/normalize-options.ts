import type { HighlightFunction, HighlightOptions } from '../highlight/highlight-options.js'
import type { CompileOptions } from '../options.js'

/** A note about an option, reported as a warning on every compile that uses it. */
export interface OptionNote {
  code: 'option_mdsvex'
  message: string
}

/**
 * Accept mdsvex's option names where they mean the same thing, and say what differs. The notes
 * become `option_mdsvex` warnings.
 */
export function normalizeOptions(input: CompileOptions): {
  options: CompileOptions
  notes: OptionNote[]
} {
  const notes: OptionNote[] = []
  const options: CompileOptions = { ...input }
  const highlight = input.highlight as unknown
  if (highlight && typeof highlight === 'object') {
    const { highlighter, alias, ...rest } = highlight as HighlightOptions & {
      highlighter?: (code: string, lang?: string, meta?: string) => unknown
      alias?: Record<string, string>
    }
    let next: HighlightOptions | HighlightFunction = rest
    if (alias) {
      next = { ...rest, langAlias: { ...alias, ...rest.langAlias } }
      notes.push({
        code: 'option_mdsvex',
        message:
          'Unexpected mdsvex option `highlight.alias`, expected `highlight.langAlias` (it was used as `langAlias`)',
      })
    }
    if (highlighter) {
      next = highlighter as HighlightFunction
      notes.push({
        code: 'option_mdsvex',
        message:
          'Unexpected mdsvex option `highlight.highlighter`, expected `highlight` to be the function itself (it was used as such); its HTML is escaped for Svelte automatically, so `escapeSvelte` and the `{@html}` wrapper are not needed',
      })
    }
    options.highlight = next
  }
  const raw = input as Record<string, unknown>
  if ('smartypants' in raw && raw.smartypants && typeof raw.smartypants === 'object') {
    const { quotes, ellipses, backticks, dashes } = raw.smartypants as Record<string, unknown>
    options.smartypants = Object.fromEntries(
      Object.entries({ quotes, ellipses, backticks, dashes }).filter(
        ([, value]) => value !== undefined,
      ),
    ) as CompileOptions['smartypants']
  }
  if ('extension' in raw) {
    notes.push({
      code: 'option_mdsvex',
      message:
        'Unexpected option `extension`, expected `extensions` (an array, default `[".svx", ".mds"]`)',
    })
    if (!input.extensions && typeof raw.extension === 'string') options.extensions = [raw.extension]
  }
  return { options, notes }
}
