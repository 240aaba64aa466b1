import type { ThemeRegistrationResolved } from 'shiki'
import { Theme } from 'shiki/textmate'

/**
 * Bit fields of vscode-textmate's encoded token metadata (`EncodedTokenMetadata`): the style
 * part that a theme decides. Language, token type and bracket bits do not depend on the theme.
 */
const fontStyleOffset = 11
const foregroundOffset = 15
const backgroundOffset = 24
const styleMask = 0b1111_1111_1111_1111_1111_1000_0000_0000

interface Style {
  fontStyle: number
  foregroundId: number
  backgroundId: number
}

/** What vscode-textmate's theme provider must answer (its `SyncRegistry` asks these two). */
export interface ThemeProvider {
  match(scopePath: ScopePath | null): Style | null
  getDefaults(): Style
}

interface ScopePath {
  parent: ScopePath | null
  scopeName: string
}

/**
 * Several themes as one: the style it gives a scope path is a number standing for every theme's
 * fully resolved style of that path. The grammar folds styles down the scope stack one push at a
 * time (a field left unset keeps the parent's), which cannot be done per theme inside one
 * number; so each answer is already resolved, from the parent path's answer, and overrides all.
 *
 * Tokenizing a line once with this theme gives tokens split wherever any theme's style changes,
 * which is where Shiki's per-theme passes, aligned, split them. `styleFor` turns one such token
 * back into a single theme's metadata, so each theme's tokens are those its own pass would give.
 */
export function createThemeSet(themes: ThemeRegistrationResolved[]) {
  // The same construction as Shiki's registry, so colour ids match the colour maps Shiki reads.
  const textmateThemes = themes.map((theme) => Theme.createFromRawTheme(theme))
  // Each distinct combination of resolved styles gets an id; `combinations[id]` holds one
  // packed style per theme.
  const ids = new Map<string | number, number>()
  const combinations: number[][] = [[]]
  const resolved = new WeakMap<ScopePath, number>()

  const idOf = (styles: number[]): number => {
    // A packed style has 21 bits (or is -1 for a font style left unset): two of them make an
    // exact number key, cheaper than a string (the grammar asks once per scope it pushes, so
    // this runs for nearly every token).
    const key =
      styles.length === 2
        ? ((styles[0] as number) + 1) * 2 ** 22 + ((styles[1] as number) + 1)
        : styles.join(',')
    let id = ids.get(key)
    if (id === undefined) {
      id = combinations.length
      // The id must fit the metadata's 9 foreground and 8 background bits.
      if (id >= 511 * 255) throw new Error('Too many combinations of theme styles')
      combinations.push(styles)
      ids.set(key, id)
    }
    return id
  }
  // Packed: font style in 4 bits, foreground in 9, background in 8, as in the metadata.
  const pack = (style: Style) =>
    style.fontStyle | (style.foregroundId << 4) | (style.backgroundId << 13)
  // One answer object per id, made once: vscode-textmate only reads it.
  const answers: Style[] = []
  const asStyle = (id: number): Style =>
    (answers[id] ??= {
      fontStyle: 0,
      // Both parts nonzero: zero means "not set" and would keep the parent's.
      foregroundId: (id % 511) + 1,
      backgroundId: Math.floor(id / 511) + 1,
    })
  const defaultsId = idOf(textmateThemes.map((theme) => pack(theme.getDefaults())))

  // `asked`: the grammar asks about this path now; otherwise it is a parent, asked about before.
  const resolve = (path: ScopePath | null, asked: boolean): number => {
    if (path === null) return defaultsId
    const known = resolved.get(path)
    if (known !== undefined) return known
    // A root the grammar made without asking the theme (`unknown`) has the defaults.
    if (!asked && path.parent === null) return defaultsId
    const parent = resolve(path.parent, false)
    const parentStyles = combinations[parent] as number[]
    const pathStyles = textmateThemes.map((theme, index) => {
      const inherited = parentStyles[index] as number
      // vscode-textmate types `match` against its own ScopeStack class; the shape is the same.
      const own = theme.match(path as Parameters<Theme['match']>[0])
      if (!own) return inherited
      const fontStyle = own.fontStyle === -1 ? inherited & 0b1111 : own.fontStyle
      const foreground = own.foregroundId === 0 ? (inherited >> 4) & 0x1ff : own.foregroundId
      const background = own.backgroundId === 0 ? inherited >> 13 : own.backgroundId
      return fontStyle | (foreground << 4) | (background << 13)
    })
    const id = idOf(pathStyles)
    resolved.set(path, id)
    return id
  }

  const provider: ThemeProvider = {
    match: (path) => asStyle(resolve(path, true)),
    getDefaults: () => asStyle(defaultsId),
  }

  return {
    provider,
    /** The metadata theme `index` would have given a token the set gave `metadata`. */
    styleFor(metadata: number, index: number): number {
      const id =
        ((metadata >>> foregroundOffset) & 0x1ff) - 1 + ((metadata >>> backgroundOffset) - 1) * 511
      const packed = (combinations[id] as number[])[index] as number
      return (
        ((metadata & ~styleMask) |
          ((packed & 0b1111) << fontStyleOffset) |
          (((packed >> 4) & 0x1ff) << foregroundOffset) |
          ((packed >> 13) << backgroundOffset)) >>>
        0
      )
    },
  }
}
