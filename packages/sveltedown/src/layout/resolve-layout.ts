import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { cwd, path } from '#platform'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { CompileOptions } from '../options.js'

/**
 * The layout a document uses, as an absolute path: the one named by `layout:` in its
 * frontmatter, else the named layout of a folder the document is in (as mdsvex picks it), else
 * the fallback (`_`, or the single configured path). `layout: false` turns it off; an unknown
 * name is an error at the frontmatter value.
 */
export function resolveLayout(options: CompileOptions, file: VFile): string | undefined {
  const setting = options.layout
  if (!setting) return undefined
  const chosen = file.data.frontmatter?.layout
  if (chosen === false) return undefined
  const layouts = typeof setting === 'string' ? { _: setting } : setting
  if (chosen === undefined || chosen === null) {
    const byFolder = layoutForFolder(options, file.path, layouts)
    return byFolder ? resolvePath(options, byFolder) : undefined
  }
  const name = String(chosen)
  const found = Object.hasOwn(layouts, name) ? layouts[name] : undefined
  if (!found) {
    throw createDiagnostic('layout_unknown', frontmatterValuePosition(file, 'layout'), {
      name,
      known: Object.keys(layouts)
        .filter((key) => key !== '_')
        .map((key) => `\`${key}\``)
        .join(', '),
    })
  }
  return resolvePath(options, found)
}

/**
 * mdsvex's rule: the first named layout, in the order the map lists them, whose name is a folder
 * on the document's path (from the project root), else `_`. `src/routes/blog/post.svx` gets
 * `blog`; the file's own name does not count.
 */
function layoutForFolder(
  options: CompileOptions,
  filename: string | undefined,
  layouts: Record<string, string>,
): string | undefined {
  const name = layoutNameForFolder(options, filename, layouts)
  return name === undefined ? undefined : layouts[name]
}

function layoutNameForFolder(
  options: CompileOptions,
  filename: string | undefined,
  layouts: Record<string, string>,
): string | undefined {
  if (filename) {
    const root = options.root ?? cwd()
    const absolute = path.resolve(root, filename)
    const relative = path.relative(root, absolute)
    const within = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
    const folders = new Set(path.dirname(within).split(/[\\/]/))
    const name = Object.keys(layouts).find((key) => key !== '_' && folders.has(key))
    if (name) return name
  }
  return Object.hasOwn(layouts, '_') ? '_' : undefined
}

/**
 * The name of the layout the document uses, by the rules of `resolveLayout`: `layout:` in its
 * frontmatter, else its folder, else `_` (also for a single layout path); `undefined` for none.
 * The `content` option picks a schema by it (`layout:blog`).
 */
export function chosenLayoutName(options: CompileOptions, file: VFile): string | undefined {
  const setting = options.layout
  if (!setting) return undefined
  const chosen = file.data.frontmatter?.layout
  if (chosen === false) return undefined
  if (chosen !== undefined && chosen !== null) return String(chosen)
  return typeof setting === 'string' ? '_' : layoutNameForFolder(options, file.path, setting)
}

export function resolvePath(options: CompileOptions, file: string): string {
  return path.resolve(options.root ?? cwd(), file)
}

/** An import specifier for `target` (absolute, or a package) from the document's own folder. */
export function importPath(
  options: CompileOptions,
  filename: string | undefined,
  target: string,
): string {
  // A package (`$app/paths`) is imported by its name.
  if (!filename || !path.isAbsolute(target)) return target.split(path.sep).join('/')
  const from = path.dirname(path.resolve(options.root ?? cwd(), filename))
  const relative = path.relative(from, target).split(path.sep).join('/')
  return relative.startsWith('.') ? relative : `./${relative}`
}

/** Where a top-level frontmatter key's value was written, or the frontmatter itself. */
export function frontmatterValuePosition(file: VFile, key: string): Position {
  return (
    file.data.frontmatterPositions?.[key] ??
    file.data.frontmatterPosition ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  )
}
