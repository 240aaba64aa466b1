import type { Root } from 'hast'
import type { CodeToHastOptions } from 'shiki'
import { codeToHastOnce } from '../../src/highlight/code-to-hast-once.js'
import {
  getHighlighter,
  type Highlighter,
  loadLanguage,
} from '../../src/highlight/get-highlighter.js'
import type { HighlightOptions } from '../../src/highlight/highlight-options.js'
import type { Fence } from './corpus-fences.js'

export type Variant = 'shiki' | 'once'

/**
 * Shiki's options as sveltedown's highlighting step gives them (rehype-highlight-code.ts),
 * for a fence whose language is loaded.
 */
export function shikiOptions(
  themes: Record<string, string>,
  lang: string,
  meta: string | undefined,
): CodeToHastOptions<string, string> {
  return {
    lang,
    themes,
    defaultColor: Object.keys(themes)[0] ?? false,
    transformers: [],
    meta: meta ? { __raw: meta } : {},
    tabindex: false,
    tokenizeTimeLimit: 10_000,
  }
}

/**
 * sveltedown's highlighter for these options (shared by calls with the same themes) and the
 * language each fence loads.
 */
export async function prepare(
  fences: Fence[],
  options: HighlightOptions,
): Promise<{ highlighter: Highlighter; langs: string[] }> {
  const highlighter = await getHighlighter(options)
  const langs: string[] = []
  for (const fence of fences) {
    langs.push((await loadLanguage(highlighter, fence.lang, options)) ?? 'text')
  }
  return { highlighter, langs }
}

export function highlight(
  variant: Variant,
  highlighter: Highlighter,
  fence: Fence,
  options: CodeToHastOptions<string, string>,
): Root {
  return variant === 'once'
    ? codeToHastOnce(highlighter, fence.value, options)
    : highlighter.codeToHast(fence.value, options)
}
