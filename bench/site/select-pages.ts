/**
 * The pages of the site benchmark: the corpus documents that every way builds. A document
 * another toolchain rejects (sveltedown: frontmatter that is not YAML; mdsvex: text Svelte
 * cannot compile once mdsvex has turned it into markup) is left out of every way alike.
 */
import fs from 'node:fs'
import path from 'node:path'
import { mdsvex } from 'mdsvex'
import { compile as compileSvelte } from 'svelte/compiler'
import { compile } from 'sveltedown'

export interface Page {
  /** Route name (folder in SvelteKit, file name in Astro). */
  slug: string
  /** The corpus file. */
  file: string
  source: string
}

/** Documentation files of the corpus (`SITE_CORPUS`, else the shared corpus). */
export function readCorpus(root: string): Page[] {
  return fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') && file.includes('documentation'))
    .sort()
    .map((file) => ({
      slug: file
        .replace(/\.md$/, '')
        .replace(/[^a-zA-Z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase(),
      file: path.join(root, file),
      source: fs.readFileSync(path.join(root, file), 'utf8'),
    }))
}

/** The documents sveltedown and mdsvex both turn into components that Svelte compiles. */
export async function selectPages(pages: Page[]): Promise<{ pages: Page[]; left: number }> {
  const markup = mdsvex({ extensions: ['.svx'] }).markup
  const kept: Page[] = []
  for (const page of pages) {
    const filename = `src/routes/${page.slug}/+page.svx`
    try {
      const ours = await compile(page.source, { filename, highlight: false })
      compileSvelte(ours.code, { filename })
      const theirs = await markup?.({ content: page.source, filename })
      compileSvelte(theirs?.code ?? '', { filename })
      kept.push(page)
    } catch {
      // Left out of every way.
    }
  }
  return { pages: kept, left: pages.length - kept.length }
}

/**
 * One page made of the selected pages one after another up to `bytes` (the corpus has no page
 * that large), for the dev edit of a large page. Frontmatter is kept only from the first.
 */
export function concatenatedPage(pages: Page[], bytes: number, slug: string): Page {
  const parts: string[] = []
  let size = 0
  for (const [index, page] of pages.entries()) {
    if (size >= bytes) break
    const body = index === 0 ? page.source : page.source.replace(/^---\n[\s\S]*?\n---\n/, '')
    // Each page's own script would be a second instance script: they are left out.
    const text = body.replace(/<script[\s\S]*?<\/script>\n?/g, '')
    parts.push(text)
    size += Buffer.byteLength(text)
  }
  return { slug, file: '', source: parts.join('\n\n') }
}
