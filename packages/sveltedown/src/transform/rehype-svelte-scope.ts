import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { declaredNames } from '../serialize/declared-names.js'
import type { HastSvelteScript } from '../types.js'

declare module 'vfile' {
  interface DataMap {
    /** Names the document's own scripts declare (`null`: a script did not parse). */
    svelteDeclared: Set<string> | null
  }
}

const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await arguments eval undefined NaN Infinity metadata headings'
  ).split(' '),
)

/**
 * Frontmatter keys that are in scope in the markup (`{title}`), and those the document's
 * `content` schema declares: valid identifiers that the document does not declare itself. A script that does not parse gets no names added: Svelte
 * reports its error as written.
 */
export async function keysInScope(tree: Root, file: VFile): Promise<string[]> {
  // With a schema, the keys it declares are names too, when a document leaves one out.
  const written = Object.keys(file.data.frontmatter ?? {})
  const keys = [...new Set([...written, ...(file.data.contentKeys ?? [])])].filter(
    (key) => /^[A-Za-z_$][\w$]*$/.test(key) && !reserved.has(key),
  )
  if (keys.length === 0) return []
  if (file.data.svelteDeclared === undefined) {
    const scripts = tree.children.filter(
      (node): node is HastSvelteScript => node.type === 'svelteScript',
    )
    file.data.svelteDeclared = (await declaredNames(scripts)) ?? null
  }
  const declared = file.data.svelteDeclared
  return declared ? keys.filter((key) => !declared.has(key)) : []
}

/** Decide the keys in scope last, after user plugins, so keys they add count too. */
export function rehypeSvelteScope() {
  return async (tree: Root, file: VFile) => {
    file.data.svelteScope = await keysInScope(tree, file)
  }
}
