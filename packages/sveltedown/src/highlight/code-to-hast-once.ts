import type { Root } from 'hast'
import { type CodeToHastOptions, codeToHast, type ShikiPrimitive } from 'shiki/core'
import { createThemeSet } from './create-theme-set.js'
import type { Highlighter } from './get-highlighter.js'

type Grammar = ReturnType<ShikiPrimitive['getLanguage']>
type LineResult = ReturnType<Grammar['tokenizeLine2']>
type ThemeSet = ReturnType<typeof createThemeSet>

/** The theme slot of vscode-textmate's registry, which every grammar asks for styles. */
interface ThemeSlot {
  _theme: unknown
  setTheme(theme: unknown): void
}

// One theme set per highlighter and list of themes; it keeps what it resolved.
const themeSets = new WeakMap<ShikiPrimitive, Map<string, ThemeSet>>()

/**
 * Shiki's `codeToHast`, with each line tokenized once whatever the number of themes.
 *
 * With `themes`, Shiki runs the grammar over the code once per theme, and the regular
 * expressions are nearly all the cost. The grammar's matches do not depend on the theme; only the
 * style each token gets does. Here the first theme's pass tokenizes each line once with a theme
 * set (see `createThemeSet`) and keeps every theme's tokens; the other passes get theirs from
 * that. Everything else is Shiki's own code (alignment, transformers, hast), so the result is
 * the same, token for token; a test compares the two on every block of the shared corpus.
 *
 * One difference stays out of sight: the grammar state Shiki records for a later
 * `grammarState` option holds the set's styles. Nothing here passes one.
 */
export function codeToHastOnce(
  highlighter: Highlighter,
  code: string,
  options: CodeToHastOptions<string, string>,
): Root {
  const themes = 'themes' in options && options.themes ? Object.values(options.themes) : []
  // Shiki leaves out themes given as `undefined` or `''` the same way.
  const given = themes.filter((theme): theme is NonNullable<typeof theme> => Boolean(theme))
  if (given.length < 2) return highlighter.codeToHast(code, options)
  const primitive = highlighter.getInternalContext()
  const resolved = given.map((theme) => primitive.getTheme(theme))
  const names = resolved.map((theme) => theme.name)
  let sets = themeSets.get(primitive)
  if (!sets) themeSets.set(primitive, (sets = new Map()))
  const key = JSON.stringify(names)
  let set = sets.get(key)
  if (!set) sets.set(key, (set = createThemeSet(resolved)))
  const themeSet = set

  // Lines already tokenized in this call, by the state before them and their text; the passes
  // of later themes find them here. Kept for one call only: the first state is shared by all.
  const lines = new Map<unknown, Map<string, { tokens: Uint32Array[]; result: LineResult }>>()
  let current = -1
  const wrapped = new Map<Grammar, Grammar>()

  const wrap = (grammar: Grammar): Grammar => {
    const slot = (grammar as unknown as { themeProvider: ThemeSlot }).themeProvider
    const tokenizeLine2: Grammar['tokenizeLine2'] = (line, state, timeLimit) => {
      // A theme outside the set (a transformer highlighting with another) goes the usual way.
      if (current === -1) return grammar.tokenizeLine2(line, state, timeLimit)
      let byText = lines.get(state)
      if (!byText) lines.set(state, (byText = new Map()))
      let known = byText.get(line)
      if (!known) {
        const before = slot._theme
        slot.setTheme(themeSet.provider)
        let result: LineResult
        try {
          result = grammar.tokenizeLine2(line, state, timeLimit)
        } finally {
          slot.setTheme(before)
        }
        known = { tokens: names.map((_, index) => tokensOf(result.tokens, index)), result }
        byText.set(line, known)
      }
      return { ...known.result, tokens: known.tokens[current] as Uint32Array }
    }
    const tokenizeLine: Grammar['tokenizeLine'] = (line, state, timeLimit) =>
      grammar.tokenizeLine(line, state, timeLimit)
    return Object.create(grammar, {
      tokenizeLine2: { value: tokenizeLine2 },
      tokenizeLine: { value: tokenizeLine },
    }) as Grammar
  }

  // The set's tokens merged as the grammar merges one theme's: adjacent tokens of the same
  // metadata make one.
  const tokensOf = (tokens: Uint32Array, index: number): Uint32Array => {
    const out: number[] = []
    for (let i = 0; i < tokens.length; i += 2) {
      const metadata = themeSet.styleFor(tokens[i + 1] as number, index)
      if (out.length > 0 && out[out.length - 1] === metadata) continue
      out.push(tokens[i] as number, metadata)
    }
    return Uint32Array.from(out)
  }

  const once: ShikiPrimitive = {
    ...primitive,
    setTheme(theme) {
      const result = primitive.setTheme(theme)
      current = names.indexOf(result.theme.name)
      return result
    },
    getLanguage(name) {
      const grammar = primitive.getLanguage(name)
      let grammarOnce = wrapped.get(grammar)
      if (!grammarOnce) wrapped.set(grammar, (grammarOnce = wrap(grammar)))
      return grammarOnce
    },
  }
  return codeToHast(once, code, options)
}
