/**
 * Normalise rendered HTML for comparison, like the CommonMark spec's `normalize.py`: Svelte's
 * hydration markers are dropped, white space between tags collapses, `<br/>` and `<br>` agree.
 * White space inside `<pre>` is content and is kept exactly.
 */
export function normalizeHtml(html: string): string {
  const preformatted: string[] = []
  const cleaned = html
    // Svelte's hydration and `{@html}` markers: `<!--[-->`, `<!--]-->`, `<!--[!-->`, `<!--[0-->`,
    // `<!--[-1-->`, `<!---->`, `<!--1lhea8i-->`. Comments an author wrote have spaces.
    .replace(/<!--(?:\[!?-?\d*|\]|[a-z0-9]*)-->/g, '')
    // Scoped-style classes hash the file's path, which differs between checkouts.
    .replace(/\bsvelte-[a-z0-9]{4,}\b/g, 'svelte-hash')
    .replace(/<pre\b[\s\S]*?<\/pre>/g, (block) => `\uE000${preformatted.push(block) - 1}\uE000`)
  return cleaned
    .replace(/\s*\/>/g, '>')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(
      / (?=<\/?(p|li|ul|ol|h[1-6]|blockquote|pre|table|thead|tbody|tr|th|td|div|hr|section)\b)/g,
      '',
    )
    .replace(
      /(<\/?(p|li|ul|ol|h[1-6]|blockquote|table|thead|tbody|tr|th|td|div|hr|section)\b[^>]*>) /g,
      '$1',
    )
    .replace(/ ?\uE000(\d+)\uE000 ?/g, (_, index: string) => preformatted[Number(index)] ?? '')
    .trim()
}
