import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { fs, hasFiles, path } from '#platform'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import type { CompileOptions } from '../options.js'

/** Whether a URL is a path relative to the document: `./a.png`, `../assets/b.jpg`. */
export function isRelativePath(url: string): boolean {
  return url.startsWith('./') || url.startsWith('../')
}

/**
 * Whether a URL goes through an import alias, `$lib/images/a.png` (as mdsvex-relative-images
 * allows): imported as written, the bundler resolves the alias, so it is not checked here.
 */
export function isAliasPath(url: string): boolean {
  return /^\$[\w-]+\//.test(url)
}

/**
 * The file a relative image URL names, as an absolute path (with its `?query`, which Vite
 * reads), or `undefined` when the URL is not relative or files cannot be read (no `filename`,
 * the browser). A file that does not exist is the error `asset_not_found` at `position`;
 * `what` names the URL's place in its message (`image`, `` `<video src>` ``).
 */
export function resolveImage(
  file: VFile,
  url: string,
  position: Position | undefined,
  what = 'image',
): string | undefined {
  if (!hasFiles || !file.path || !isRelativePath(url)) return undefined
  const [pathPart = '', query = ''] = splitQuery(url)
  const decoded = safeDecode(pathPart)
  const target = path.resolve(path.dirname(path.resolve(file.cwd, file.path)), decoded)
  const dependencies = (file.data.dependencies ??= [])
  if (!dependencies.includes(target)) dependencies.push(target)
  if (!fs.existsSync(target)) {
    const relative = path.relative(file.cwd, target).split(path.sep).join('/')
    throw createDiagnostic('asset_not_found', position ?? start, {
      file: relative.startsWith('..') ? target : relative,
      src: url,
      what,
    })
  }
  return target + query
}

/**
 * Import a relative image as a module, so the bundler copies it with a hashed name: returns the
 * identifier its URL is bound to in the component (`Sveltedown_image_0`), to write where the
 * URL goes (`src={Sveltedown_image_0}`), or `undefined` when `url` is left as written (not
 * relative, `images: false`, no files). The same file is imported once.
 *
 * Also for frontmatter values a schema marks as images: write the identifier, not a string,
 * into `metadata`.
 */
export function importImage(
  file: VFile,
  url: string,
  position: Position | undefined,
  options: Pick<CompileOptions, 'images'> = {},
  what = 'image',
): string | undefined {
  if (options.images === false) return undefined
  const from =
    isAliasPath(url) && hasFiles && file.path ? url : resolveImage(file, url, position, what)
  if (from === undefined) return undefined
  const imports = (file.data.svelteImports ??= [])
  const known = imports.find((item) => item.from === from && item.imported === 'default')
  if (known) return known.identifier
  const identifier = `Sveltedown_image_${imports.filter((item) => item.identifier.startsWith('Sveltedown_image_')).length}`
  imports.push({ identifier, from, imported: 'default' })
  return identifier
}

const start: Position = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** `./a.png?w=200#x` → `./a.png`, `?w=200` (the fragment means nothing to an import). */
function splitQuery(url: string): [string, string] {
  const [withoutHash = ''] = url.split('#')
  const at = withoutHash.indexOf('?')
  return at === -1 ? [withoutHash, ''] : [withoutHash.slice(0, at), withoutHash.slice(at)]
}

/** Markdown percent-encodes URLs (`my%20photo.png`); the file is `my photo.png`. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
