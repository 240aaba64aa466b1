import {
  bundledLanguages,
  bundledLanguagesAlias,
  createHighlighter,
  createJavaScriptRegexEngine,
  createOnigurumaEngine,
  type HighlighterGeneric,
} from 'shiki'
import { defaultEngine } from './default-engine.js'
import type { HighlightOptions, Theme } from './highlight-options.js'

export type Highlighter = HighlighterGeneric<string, string>

const defaultThemes: Record<string, Theme> = { light: 'github-light', dark: 'github-dark' }

// One highlighter per theme configuration, shared by every document and every compile: making
// one loads themes and grammars, which costs far more than highlighting a block.
const highlighters = new Map<string, Promise<Highlighter>>()

export function themesOf(options: HighlightOptions): Record<string, Theme> {
  if (options.themes) return options.themes
  if (options.theme) return { default: options.theme }
  return defaultThemes
}

export function getHighlighter(options: HighlightOptions): Promise<Highlighter> {
  const themes = themesOf(options)
  const engine = options.engine ?? defaultEngine()
  const key = JSON.stringify([
    Object.entries(themes).map(([name, theme]) => [
      name,
      typeof theme === 'string' ? theme : theme.name,
    ]),
    engine,
    options.langAlias ?? {},
    (options.langs ?? []).map((lang) => (typeof lang === 'string' ? lang : 'object')),
  ])
  let highlighter = highlighters.get(key)
  if (!highlighter) {
    highlighter = createHighlighter({
      themes: Object.values(themes),
      langs: options.langs ?? [],
      langAlias: options.langAlias ?? {},
      engine:
        engine === 'oniguruma'
          ? createOnigurumaEngine(import('shiki/wasm'))
          : createJavaScriptRegexEngine(),
    }) as Promise<Highlighter>
    highlighters.set(key, highlighter)
  }
  return highlighter
}

/**
 * Load `lang` if Shiki has it (bundled, aliased, or configured) and return the name to
 * highlight with; `undefined` when Shiki does not know the language.
 */
export async function loadLanguage(
  highlighter: Highlighter,
  lang: string,
  options: HighlightOptions,
): Promise<string | undefined> {
  const name = options.langAlias?.[lang] ?? lang
  if (name === 'text' || name === 'plaintext' || name === 'txt' || name === 'plain') return 'text'
  if (highlighter.getLoadedLanguages().includes(name)) return name
  if (name in bundledLanguages || name in bundledLanguagesAlias) {
    await highlighter.loadLanguage(name as keyof typeof bundledLanguages)
    return name
  }
  return undefined
}
