import type { HighlightFunction, HighlightOptions } from '../highlight/highlight-options.js'
import type { CompileOptions } from '../options.js'

/** A note about an option, reported as a warning on every compile that uses it. */
export type OptionNote =
  | { code: 'option_mdsvex'; message: string }
  | { code: 'option_unknown'; name: string; closest: string | undefined }

/**
 * Every option name `compile()` reads, with `cache` (the preprocessor's and the Vite plugin's)
 * and mdsvex's `extension`, which are accepted too.
 */
const knownOptions: ReadonlyArray<keyof CompileOptions | 'cache' | 'extension'> = [
  'filename',
  'extensions',
  'remarkPlugins',
  'rehypePlugins',
  'remarkRehypeOptions',
  'frontmatter',
  'gfm',
  'headingIds',
  'indentedCode',
  'layout',
  'components',
  'highlight',
  'smartypants',
  'images',
  'links',
  'content',
  'root',
  'warningFilter',
  'cache',
  'extension',
]

/**
 * Accept mdsvex's option names where they mean the same thing, and say what differs. The notes
 * become `option_mdsvex` warnings; option names nobody reads, `option_unknown` warnings that
 * name the closest known option.
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
  for (const name of Object.keys(raw)) {
    if (raw[name] === undefined || (knownOptions as readonly string[]).includes(name)) continue
    notes.push({ code: 'option_unknown', name, closest: closestName(name, knownOptions) })
  }
  return { options, notes }
}

/**
 * The known name nearest to `name` by edit distance (case aside), when it is near enough to be
 * a typo: `layouts` → `layout`, `remarkplugins` → `remarkPlugins`.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance, one row at a time (option names are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
