import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { fs, hasFiles, path } from '#platform'
import { isRelativePath, safeDecode } from '../assets/import-image.js'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { type PageFolders, pageUrl } from '../links/page-url.js'
import { readDocumentIds } from '../links/read-document-ids.js'
import type { CompileOptions } from '../options.js'
import { replaceProperty } from './replace-property.js'

/** What `$app/paths`' `resolve` is imported as. */
const resolveIdentifier = 'Sveltedown_resolve'

/**
 * Links to other documents (`[next](./other.svx)`, `<a href="../guide/intro.md#setup">`)
 * become the URL of their page: `href={Sveltedown_resolve("/guide/intro") + "#setup"}`, with
 * `resolve` from `$app/paths`, which adds `paths.base` (its `base` export is deprecated since
 * SvelteKit 2.26 and gone in 3). A link to a document that does not exist or is not a page, or
 * to an id the document does not have, is the warning `link_broken`; only a page's link is
 * rewritten. Runs where images are imported: after user plugins, before component replacement.
 */
export function rehypeDocumentLinks(options: CompileOptions = {}) {
  const extensions = [...new Set([...(options.extensions ?? []), '.svx', '.mds', '.md'])]
  return async (tree: Root, file: VFile) => {
    if (options.links === false || !hasFiles || !file.path) return
    const root = file.cwd
    const links = { ...options.links, routes: options.links?.routes ?? defaultRoutes(root) }
    if (!links.routes && !links.folders) return
    const pages: PageFolders = {
      routes: links.routes ? path.resolve(root, links.routes) : undefined,
      folders: Object.entries(links.folders ?? {}).map(([dir, url]) => ({
        dir: path.resolve(root, dir),
        url,
      })),
    }
    const from = path.dirname(path.resolve(root, file.path))
    const found: Array<{ node: Element; href: string }> = []
    walk(tree, (node) => {
      const href = node.properties.href
      if (node.tagName === 'a' && typeof href === 'string' && isDocumentLink(href, extensions)) {
        found.push({ node, href })
      }
    })
    for (const { node, href } of found) {
      const at = href.search(/[?#]/)
      const pathPart = at === -1 ? href : href.slice(0, at)
      const suffix = at === -1 ? '' : href.slice(at)
      const fragment = suffix.includes('#') ? suffix.slice(suffix.indexOf('#') + 1) : undefined
      const named = path.resolve(from, safeDecode(pathPart))
      const document = findDocument(named, extensions)
      const dependencies = (file.data.dependencies ??= [])
      if (!dependencies.includes(document ?? named)) dependencies.push(document ?? named)
      const position = node.data?.sveltePropertyPositions?.href ?? node.position
      if (!document) {
        warn(file, position, { href, reason: 'a document at that path (relative to this one)' })
        continue
      }
      const page = pageUrl(document, pages)
      if ('reason' in page) {
        warn(file, position, { href, reason: page.reason })
        continue
      }
      const id = fragment === undefined ? '' : safeDecode(fragment)
      if (id) {
        const ids = await readDocumentIds(document, options)
        if (ids && !ids.has(id)) {
          warn(file, position, {
            href,
            id,
            file: path.relative(root, document).split(path.sep).join('/'),
            known: [...ids].map((known) => `\`${known}\``).join(', '),
          })
        }
      }
      // `href={Sveltedown_resolve("/guide/intro") + "#setup"}`, mapped to the link.
      const value = `${resolveIdentifier}(${JSON.stringify(page.url)})${suffix ? ` + ${JSON.stringify(suffix)}` : ''}`
      replaceProperty(node, 'href', value, position)
      const imports = (file.data.svelteImports ??= [])
      if (!imports.some((item) => item.identifier === resolveIdentifier)) {
        imports.push({ identifier: resolveIdentifier, from: '$app/paths', imported: 'resolve' })
      }
    }
  }
}

/**
 * Without `links.routes`, a project with `src/routes` (a SvelteKit app) has its links resolved
 * against it, so the preprocessor, `compileMany()` and `sveltedown check` agree with the Vite
 * plugin (which reads the routes folder from SvelteKit's config).
 */
function defaultRoutes(root: string): string | undefined {
  return fs.existsSync(path.resolve(root, 'src/routes')) ? 'src/routes' : undefined
}

/** A relative path to a document, with an optional `#fragment` or `?query`. */
function isDocumentLink(href: string, extensions: string[]): boolean {
  if (!isRelativePath(href)) return false
  const pathPart = href.split(/[?#]/)[0] ?? ''
  return extensions.some((extension) => pathPart.endsWith(extension))
}

/**
 * The document a link names: the file itself, or, for `../intro.svx`, the page
 * `../intro/+page.svx` (a page's folder is its name).
 */
function findDocument(named: string, extensions: string[]): string | undefined {
  if (isFile(named)) return named
  const extension = extensions.find((candidate) => named.endsWith(candidate)) ?? ''
  const folder = named.slice(0, named.length - extension.length)
  for (const candidate of extensions) {
    const page = path.resolve(folder, `+page${candidate}`)
    if (isFile(page)) return page
  }
  return undefined
}

function isFile(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file, { throwIfNoEntry: false }) !== undefined
}

function warn(file: VFile, position: Position | undefined, values: Record<string, string>) {
  const place = position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  ;(file.data.diagnostics ??= []).push(createDiagnostic('link_broken', place, values))
}

/** Every element (a plain walk, as in the other rehype steps). */
function walk(
  parent: { children: Array<RootContent | ElementContent> },
  visitor: (node: Element) => void,
) {
  for (const child of parent.children) {
    if (child.type === 'element') visitor(child)
    if ('children' in child)
      walk(child as { children: Array<RootContent | ElementContent> }, visitor)
  }
}
