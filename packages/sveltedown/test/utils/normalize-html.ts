/**
 * Normalise rendered HTML for comparison, like the CommonMark spec's `normalize.py`: Svelte's
 * hydration markers are dropped, white space between tags collapses, `<br/>` and `<br>` agree.
 */
export function normalizeHtml(html: string): string {
  return (
    html
      // Svelte's hydration and `{@html}` markers: `<!--[-->`, `<!--]-->`, `<!--[!-->`, `<!--[0-->`,
      // `<!--[-1-->`, `<!---->`, `<!--1lhea8i-->`. Comments an author wrote have spaces.
      .replace(/<!--(?:\[!?-?\d*|\]|[a-z0-9]*)-->/g, '')
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
      .trim()
  )
}
