import type { Element, Root } from 'hast'
import type { LanguageInput, ShikiTransformer, ThemeRegistrationAny } from 'shiki'
import type { RegexEngine } from './default-engine.js'

/** A theme by its bundled name (`github-dark`) or as a theme object. */
export type Theme = string | ThemeRegistrationAny

/** Shiki options. Highlighting is on by default with `github-light` / `github-dark`. */
export interface HighlightOptions {
  /** Light and dark themes, switched through CSS variables. Default `github-light` / `github-dark`. */
  themes?: Record<string, Theme> | undefined
  /** One theme instead of `themes`. */
  theme?: Theme | undefined
  /** Languages to load up front (others load the first time a document uses them). */
  langs?: Array<string | LanguageInput> | undefined
  /** Extra names for languages: `{ svx: 'markdown' }`. */
  langAlias?: Record<string, string> | undefined
  /** Language of fences written without one. Default: plain text. */
  defaultLanguage?: string | undefined
  /** Shiki transformers, such as those of `@shikijs/transformers`. */
  transformers?: ShikiTransformer[] | undefined
  /**
   * Regex engine: `oniguruma` (WebAssembly; the default in Node) or `javascript` (the default
   * elsewhere, such as the browser entry). Both give the same output.
   */
  engine?: RegexEngine | undefined
  /** Which theme's colors are inline; the rest are CSS variables. Default the first (`light`). */
  defaultColor?: string | false | undefined
}

/**
 * The escape hatch: return HTML (a string) or hast for a code block. The result is escaped for
 * Svelte like everything else, so no `escapeSvelte` is needed.
 */
export type HighlightFunction = (
  code: string,
  lang: string | undefined,
  meta: string | undefined,
) => string | Root | Element | Promise<string | Root | Element>
