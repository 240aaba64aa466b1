import { path } from '#platform'

/** Where pages are: the routes folder and the folders a dynamic route shows, all absolute. */
export interface PageFolders {
  routes: string | undefined
  folders: Array<{ dir: string; url: string }>
}

/**
 * The URL of the page a document is, SvelteKit's way: `src/routes/guide/(docs)/intro/+page.svx`
 * is `/guide/intro` (route groups dropped), and a document in a folder of `links.folders` is that
 * route's URL with its path: `src/lib/posts/first.svx` under `{ 'src/lib/posts': '/blog' }` is
 * `/blog/first`. Otherwise, why it has none.
 */
export function pageUrl(
  document: string,
  pages: PageFolders,
): { url: string } | { reason: string } {
  if (pages.routes) {
    const relative = inside(pages.routes, document)
    if (relative !== undefined) {
      const segments = relative.split('/')
      const name = segments.pop() ?? ''
      if (!/^\+page(@[^.]*)?\.[^.]+$/.test(name)) {
        return { reason: `a page: in the routes folder, only \`+page\` files are pages` }
      }
      const route = segments.filter((segment) => !/^\(.*\)$/.test(segment))
      if (route.some((segment) => segment.includes('['))) {
        return {
          reason: 'a page without route parameters (link to the URL of one of its pages instead)',
        }
      }
      return { url: `/${route.join('/')}` }
    }
  }
  for (const folder of pages.folders) {
    const relative = inside(folder.dir, document)
    if (relative === undefined) continue
    const slug = relative.replace(/\.[^./]+$/, '')
    return { url: `${folder.url.replace(/\/+$/, '')}/${slug}` }
  }
  return {
    reason: `a page (a \`+page\` file in the routes folder${pages.folders.length > 0 ? ' or a document in a folder of `links.folders`' : ''})`,
  }
}

/** `file`'s path inside `dir` with `/` separators, or `undefined` when it is outside. */
function inside(dir: string, file: string): string | undefined {
  const relative = path.relative(dir, file)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return relative.split(path.sep).join('/')
}
