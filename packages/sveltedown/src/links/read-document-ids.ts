import { fs } from '#platform'
import { compile } from '../compile.js'
import type { CompileOptions } from '../options.js'

const cache = new Map<string, { stamp: number; ids: Set<string> | undefined }>()

/**
 * The ids a link's `#fragment` may name in another document: its heading ids and the `id`s
 * written on its elements, found by compiling it (no highlighting, layout, images or links, so
 * documents that link to each other do not recurse). Cached until the file changes.
 * `undefined` when it does not compile: its own error is reported when it is compiled.
 */
export async function readDocumentIds(
  document: string,
  options: CompileOptions,
): Promise<Set<string> | undefined> {
  const stamp = fs.statSync(document, { throwIfNoEntry: false })?.mtimeMs ?? -1
  const known = cache.get(document)
  if (known?.stamp === stamp) return known.ids
  let ids: Set<string> | undefined
  try {
    const { warningFilter: _, ...rest } = options
    const result = await compile(fs.readFileSync(document, 'utf8'), {
      ...rest,
      filename: document,
      highlight: false,
      layout: false,
      images: false,
      links: false,
    })
    ids = new Set(result.data.headings.map((heading) => heading.id).filter(Boolean))
    for (const match of result.code.matchAll(/\sid="([^"{]+)"/g)) if (match[1]) ids.add(match[1])
  } catch {
    ids = undefined
  }
  cache.set(document, { stamp, ids })
  return ids
}
