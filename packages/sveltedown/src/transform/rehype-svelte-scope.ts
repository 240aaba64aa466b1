import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { declaredNames } from '../serialize/declared-names.js'
import type { HastSvelteScript } from '../types.js'

const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await arguments eval undefined NaN Infinity metadata headings'
  ).split(' '),
)

/**
 * Decide which frontmatter keys are in scope in the markup (`{title}`): keys that are valid
 * identifiers and that the document does not declare itself. Runs last, after user plugins,
 * so keys they add count too.
 */
export function rehypeSvelteScope() {
  return async (tree: Root, file: VFile) => {
    const keys = Object.keys(file.data.frontmatter ?? {}).filter(
      (key) => /^[A-Za-z_$][\w$]*$/.test(key) && !reserved.has(key),
    )
    file.data.svelteScope = []
    if (keys.length === 0) return
    const scripts = tree.children.filter(
      (node): node is HastSvelteScript => node.type === 'svelteScript',
    )
    const declared = await declaredNames(scripts)
    // A script that does not parse gets no names added: Svelte reports its error as written.
    if (!declared) return
    file.data.svelteScope = keys.filter((key) => !declared.has(key))
  }
}
