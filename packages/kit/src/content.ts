/// <reference path="../types.d.ts" preserve="true" />
import type { Component } from 'svelte'

/**
 * What `import.meta.glob(pattern, { query: '?metadata', eager: true })` gives for each
 * document: its frontmatter (the schema's output), headings, word count and reading time, and
 * `load()`, which imports the compiled document only when it is called.
 */
export interface DocumentSummary<Metadata = Sveltedown.Metadata> {
  metadata: Metadata
  headings: Sveltedown.Heading[]
  words: number
  readingTime: number
  load: () => Promise<{ default: Component; metadata: Metadata; headings: Sveltedown.Heading[] }>
}

/** One document of a collection. */
export interface Entry<Metadata = Sveltedown.Metadata> {
  /**
   * The document's path from the folder all the collection's documents share, without the
   * extension; a SvelteKit page (`blog/hello/+page.svx`) is named by its folder (`hello`).
   */
  slug: string
  /** The key `import.meta.glob` gave: `/src/routes/blog/hello/+page.svx`. */
  path: string
  /** The frontmatter, typed and transformed by the schema of the `content` option. */
  metadata: Metadata
  headings: Sveltedown.Heading[]
  /** Words a reader sees (prose and code). */
  words: number
  /** Minutes to read, at 200 words a minute, rounded up. */
  readingTime: number
  /** The compiled document, loaded on first call: render it as `<entry.Component />`. */
  component: () => Promise<Component>
}

/** The metadata type of a `content` key: the schema's output, once types are generated. */
export type ContentMetadata<Key extends string> = Key extends keyof Sveltedown.Content
  ? Sveltedown.Content[Key]
  : Sveltedown.Metadata

/**
 * The documents of a folder, with their metadata, headings, slug, reading time and a lazily
 * loaded component, as an array to sort and filter in a load function:
 *
 * ```ts
 * import { collection } from '@sveltedown/kit/content'
 *
 * const posts = collection(
 *   'src/routes/blog/**',
 *   import.meta.glob('/src/routes/blog/*\/+page.svx', { query: '?metadata', eager: true }),
 * )
 * const latest = posts
 *   .filter((post) => !post.metadata.draft)
 *   .sort((a, b) => b.metadata.date.getTime() - a.metadata.date.getTime())
 * ```
 *
 * `key` is the key of the `content` option whose schema the documents follow: it types
 * `metadata` (with the types `@sveltedown/kit` generates) and is not read at run time. Vite
 * needs the `import.meta.glob` call written out in your module, so it is passed in; the
 * `?metadata` query loads only what a list needs, and each document's component is split into
 * its own chunk, loaded by `component()`.
 */
export function collection<Key extends string>(
  key: Key,
  modules: Record<string, unknown>,
): Array<Entry<ContentMetadata<Key>>> {
  const paths = Object.keys(modules).sort()
  const names = paths.map(documentName)
  const base = commonFolder(names)
  return paths.map((path, index) => {
    const summary = modules[path] as Partial<DocumentSummary<ContentMetadata<Key>>>
    if (!summary || typeof summary.load !== 'function') {
      throw new TypeError(
        `collection('${key}'): \`${path}\` is not a document summary; import the documents with \`import.meta.glob(pattern, { query: '?metadata', eager: true })\``,
      )
    }
    const load = summary.load
    return {
      slug: (names[index] ?? path).slice(base.length),
      path,
      metadata: summary.metadata as ContentMetadata<Key>,
      headings: summary.headings ?? [],
      words: summary.words ?? 0,
      readingTime: summary.readingTime ?? 0,
      component: async () => (await load()).default,
    }
  })
}

/** The path without the extension, and a SvelteKit page's `/+page` file name. */
function documentName(path: string): string {
  return path.replace(/\.[^./]+$/, '').replace(/\/\+page(@[^/]*)?$/, '')
}

/** The folder every name is in, with its trailing `/` (`/src/routes/blog/`). */
function commonFolder(names: string[]): string {
  if (names.length === 0) return ''
  let prefix = names[0] ?? ''
  for (const name of names) {
    while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix.slice(0, prefix.lastIndexOf('/') + 1)
}
