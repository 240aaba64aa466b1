import type { Component } from 'svelte'

/** A documentation page: where it is in the file tree, and what the sidebar says about it. */
export interface Page {
  slug: string
  section: string
  title: string
  order: number
  load: () => Promise<DocumentModule>
}

export interface DocumentModule {
  default: Component
  metadata: Sveltedown.Metadata
  headings: Sveltedown.Heading[]
}

// The sidebar comes from the file tree: `src/content/<section>/<page>.svx`. Only frontmatter and
// headings are read here (`?metadata`), so listing pages compiles no component.
const listed = import.meta.glob<Pick<DocumentModule, 'metadata' | 'headings'>>(
  ['/src/content/**/*.svx', '/migrating-from-mdsvex.md'],
  { eager: true, query: '?metadata' },
)
const modules = import.meta.glob<DocumentModule>([
  '/src/content/**/*.svx',
  '/migrating-from-mdsvex.md',
])

/** Sections in sidebar order; a folder not named here comes last. */
export const sections = ['guide', 'tools', 'reference']

// The migration guide stays at `docs/migrating-from-mdsvex.md` (the project's principle and the
// README link to it there), and is listed with the guide.
const placed: Record<string, { slug: string; order: number }> = {
  '/migrating-from-mdsvex.md': { slug: 'guide/migrating-from-mdsvex', order: 90 },
}

export const pages: Page[] = Object.entries(listed)
  .map(([file, { metadata, headings }]) => {
    const slug =
      placed[file]?.slug ??
      file.replace(/^\/src\/content\//, '').replace(/(^|\/)?index\.svx$|\.svx$/, '')
    const order = placed[file]?.order ?? (typeof metadata.order === 'number' ? metadata.order : 50)
    const load = modules[file]
    if (!load) throw new Error(`No module for ${file}`)
    return {
      slug,
      section: slug.includes('/') ? (slug.split('/')[0] ?? '') : '',
      title: String(metadata.title ?? headings[0]?.text ?? slug),
      order,
      load,
    }
  })
  .sort(
    (a, b) =>
      rank(a.section) - rank(b.section) || a.order - b.order || a.title.localeCompare(b.title),
  )

function rank(section: string): number {
  if (section === '') return -1
  const index = sections.indexOf(section)
  return index === -1 ? sections.length : index
}

/** The pages that have a place in the reading order (the home page has none). */
export const readingOrder = pages.filter((page) => page.section !== '')

export function sectionTitle(section: string): string {
  return section.charAt(0).toUpperCase() + section.slice(1)
}
