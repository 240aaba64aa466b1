import type { DocsFileOptions } from './docs-pages-file.js'

/**
 * `/docs/search.json`, the search index: every docs page rendered to HTML with `svelte/server`
 * and cut into sections. Prerendered, so it is built once with the app and served as a file.
 */
export function docsSearchEndpointFile(options: DocsFileOptions): string {
  const ts = options.language === 'ts'
  const lib = `${options.libImport}/docs`
  return `import { json } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { components, hrefOf, pages } from '${lib}/pages';
import { ${ts ? 'type SearchEntry, ' : ''}sectionsOf } from '${lib}/search';

// Built when the app is built (\`vite build\` prerenders it to a static file); in \`vite dev\` it
// is rendered on each request, so it always has the pages as they are now.
export const prerender = true;

export async function GET() {
	${ts ? 'const entries: SearchEntry[] = [];' : `/** @type {import('${lib}/search').SearchEntry[]} */\n\tconst entries = [];`}
	for (const [file, load] of Object.entries(components)) {
		const href = hrefOf(file);
		const title = pages.find((page) => page.href === href)?.title ?? href;
		const { body } = render((await load()).default);
		entries.push(...sectionsOf(body, title, href));
	}
	return json(entries);
}
`
}
