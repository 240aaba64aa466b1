import { docComment, typed } from './doc-comment.js'

/**
 * The docs example's search: a page's rendered HTML cut into sections at its headings, and a
 * small full-text match over them. The index is built once, when the app is built; the browser
 * downloads it on the first search.
 */
export function docsSearchFile(language: 'ts' | 'js'): string {
  const ts = language === 'ts'
  const t = (annotation: string) => typed(language, annotation)
  const entryType = ts
    ? `${docComment(language, 'One searchable section of a page: a heading and the text under it.')}
export interface SearchEntry {
	page: string;
	heading: string;
	href: string;
	text: string;
}`
    : docComment(language, 'One searchable section of a page: a heading and the text under it.', [
        '@typedef {{ page: string; heading: string; href: string; text: string }} SearchEntry',
      ])
  return `${entryType}

${docComment(
  language,
  `A page's HTML cut into sections at its \`h1\`-\`h3\` headings (sveltedown gives them ids), as
plain text: a match links to the section that holds it.`,
  [
    '@param {string} html',
    "@param {string} page the page's title",
    "@param {string} href the page's address",
    '@returns {SearchEntry[]}',
  ],
)}
export function sectionsOf(html${t(': string')}, page${t(': string')}, href${t(': string')})${t(': SearchEntry[]')} {
	${ts ? 'const entries: SearchEntry[] = [];' : '/** @type {SearchEntry[]} */\n\tconst entries = [];'}
	for (const part of html.split(/(?=<h[1-3][^>]*\\sid=")/)) {
		const heading = /^<h([1-3])[^>]*\\sid="([^"]+)"[^>]*>([\\s\\S]*?)<\\/h[1-3]>/.exec(part);
		const text = toText(heading ? part.slice(heading[0].length) : part);
		if (!text && !heading) continue;
		entries.push({
			page,
			heading: heading ? toText(heading[3] ?? '') : page,
			href: heading && heading[1] !== '1' ? href + '#' + heading[2] : href,
			text
		});
	}
	return entries;
}

${docComment(language, 'The text of some HTML: inline tags join their text, block tags separate it.', ['@param {string} html'])}
function toText(html${t(': string')}) {
	return html
		.replace(/<!--[\\s\\S]*?-->/g, '')
		.replace(/<(script|style)[\\s\\S]*?<\\/\\1>/g, '')
		.replace(/<\\/?(?:span|code|a|strong|em|b|i|kbd|mark|del|sup|sub)\\b[^>]*>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\\s+/g, ' ')
		.trim();
}

${docComment(
  language,
  'The sections whose heading or text holds every word of the query; headings rank first.',
  ['@param {SearchEntry[]} entries', '@param {string} query', '@returns {SearchEntry[]}'],
)}
export function search(entries${t(': SearchEntry[]')}, query${t(': string')}, limit = 8)${t(': SearchEntry[]')} {
	const words = query.toLowerCase().split(/\\s+/).filter(Boolean);
	if (words.length === 0) return [];
	const score = (${ts ? 'entry: SearchEntry' : '/** @type {SearchEntry} */ entry'}) =>
		words.reduce((sum, word) => sum + (entry.heading.toLowerCase().includes(word) ? 10 : 1), 0);
	return entries
		.filter((entry) => {
			const text = (entry.heading + ' ' + entry.text).toLowerCase();
			return words.every((word) => text.includes(word));
		})
		.sort((a, b) => score(b) - score(a))
		.slice(0, limit);
}

${docComment(language, 'A short excerpt of `text` around the first word of the query.', ['@param {string} text', '@param {string} query'])}
export function excerpt(text${t(': string')}, query${t(': string')}, width = 100) {
	const word = query.toLowerCase().split(/\\s+/).find(Boolean) ?? '';
	const start = Math.max(0, text.toLowerCase().indexOf(word) - width / 3);
	const end = start + width;
	return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
}
`
}
