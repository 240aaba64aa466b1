import { docComment, typed } from './doc-comment.js'

export interface DocsFileOptions {
  language: 'ts' | 'js'
  /** How `src/lib` is imported: `$lib`, or `#lib` from SvelteKit 3 on. */
  libImport: string
  /** The lib folder, relative to the project root (`src/lib`). */
  lib: string
  /** The routes folder, relative to the project root (`src/routes`). */
  routes: string
  /** The extension of the pages (`.svx`, or the first one the project compiles). */
  extension: string
}

/**
 * The docs example's list of pages, from the file tree: every `+page.svx` under
 * `src/routes/docs`. `?metadata` reads a page's frontmatter and headings only, so the sidebar and
 * the table of contents compile no component.
 */
export function docsPagesFile(options: DocsFileOptions): string {
  const { language } = options
  const t = (annotation: string) => typed(language, annotation)
  const glob = `/${options.routes}/docs/**/+page${options.extension}`
  const pageType =
    language === 'ts'
      ? `${docComment(language, 'A page of the docs, as the sidebar and the table of contents show it.')}
export interface DocsPage {
	href: string;
	title: string;
	order: number;
	headings: Sveltedown.Heading[];
}`
      : docComment(
          language,
          'A page of the docs, as the sidebar and the table of contents show it.',
          [
            '@typedef {{ href: string; title: string; order: number; headings: Sveltedown.Heading[] }} DocsPage',
          ],
        )
  const listed =
    language === 'ts'
      ? `const listed = import.meta.glob<{
	metadata: Sveltedown.Metadata;
	headings: Sveltedown.Heading[];
}>('${glob}', { eager: true, query: '?metadata' });`
      : `const listed = /** @type {Record<string, { metadata: Sveltedown.Metadata; headings: Sveltedown.Heading[] }>} */ (
	import.meta.glob('${glob}', { eager: true, query: '?metadata' })
);`
  const components =
    language === 'ts'
      ? `export const components = import.meta.glob<{ default: Component }>('${glob}');`
      : `export const components = /** @type {Record<string, () => Promise<{ default: import('svelte').Component }>>} */ (
	import.meta.glob('${glob}')
);`
  return `${language === 'ts' ? "import type { Component } from 'svelte';\n\n" : ''}${pageType}

// The sidebar comes from the file tree: a new \`+page${options.extension}\` under \`${options.routes}/docs\` is a new
// page. Its frontmatter gives the title and the \`order\` in the sidebar.
${listed}

${docComment(language, 'Every page, in sidebar order.', ['@type {DocsPage[]}'])}
export const pages${t(': DocsPage[]')} = Object.entries(listed)
	.map(([file, { metadata, headings }]) => ({
		href: hrefOf(file),
		title: String(metadata.title ?? headings[0]?.text ?? hrefOf(file)),
		order: typeof metadata.order === 'number' ? metadata.order : 50,
		headings
	}))
	.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

// The compiled pages, loaded only where they are rendered for the search index.
${components}

${docComment(
  language,
  `A page's address from its file: \`/${options.routes}/docs/(group)/intro/+page${options.extension}\` is \`/docs/intro\`.`,
  ['@param {string} file'],
)}
export function hrefOf(file${t(': string')}) {
	const route = file
		.slice('/${options.routes}'.length)
		.replace(/\\/\\([^/]+\\)/g, '')
		.replace(/\\/\\+page\\.[a-z]+$/, '');
	return route || '/';
}
`
}
