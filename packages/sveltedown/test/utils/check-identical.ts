import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers'
import type { ShikiTransformer } from 'shiki'
import type { Fence } from './corpus-fences.js'
import { highlight, prepare, shikiOptions } from './highlight-corpus.js'

export interface Difference {
  file: string
  lang: string
  index: number
  themes: string
}

/**
 * Highlight every fence with Shiki's `codeToHast` and with `codeToHastOnce`, for each list of
 * themes, and list the fences whose hast differs (compared as JSON: every property, every token,
 * in order). One highlighter holds all the themes, so grammars are compiled once.
 * Its themes are loaded under their own names, as keys of the `themes` option.
 */
export async function checkIdentical(
  fences: Fence[],
  themeLists: Array<Record<string, string>>,
  transformers: ShikiTransformer[] = [],
  // Themes to load: more than used, so that calls share one highlighter.
  loaded: string[] = [],
): Promise<{ compared: number; differences: Difference[] }> {
  const all = Object.fromEntries(
    [...loaded, ...themeLists.flatMap((themes) => Object.values(themes))].map((theme) => [
      theme,
      theme,
    ]),
  )
  const { highlighter, langs } = await prepare(fences, { themes: all })
  const differences: Difference[] = []
  for (const themes of themeLists) {
    fences.forEach((fence, index) => {
      const lang = langs[index] as string
      const options = { ...shikiOptions(themes, lang, fence.meta), transformers }
      const shiki = JSON.stringify(highlight('shiki', highlighter, fence, options))
      const once = JSON.stringify(highlight('once', highlighter, fence, options))
      if (shiki !== once) {
        differences.push({
          file: fence.file,
          lang: fence.lang,
          index,
          themes: Object.values(themes).join(' + '),
        })
      }
    })
  }
  return { compared: fences.length * themeLists.length, differences }
}

/** Transformers that read and change tokens, lines and classes, with a hook of each kind. */
export function sampleTransformers(): ShikiTransformer[] {
  return [
    transformerNotationHighlight(),
    transformerNotationDiff(),
    {
      name: 'count-tokens',
      // Marks each line with its token count and the first token's style, so any difference in
      // the tokens the hooks receive shows in the output.
      tokens(tokens) {
        return tokens.map((line) =>
          line.map((token) => ({ ...token, htmlAttrs: { 'data-offset': String(token.offset) } })),
        )
      },
      line(node, line) {
        node.properties['data-tokens'] = String(this.tokens[line - 1]?.length ?? 0)
        node.properties['data-first'] = JSON.stringify(
          this.tokens[line - 1]?.[0]?.htmlStyle ?? null,
        )
      },
    },
  ]
}
