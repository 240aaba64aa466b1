/** One searchable section: a heading of a page and the text under it. */
export interface SearchEntry {
  page: string
  heading: string
  href: string
  text: string
}

/**
 * Split a page's rendered HTML into sections at its `h2`/`h3` headings (which carry ids), as
 * plain text: a match links to the section that contains it.
 */
export function sectionsOf(html: string, page: string, slug: string): SearchEntry[] {
  const entries: SearchEntry[] = []
  const parts = html.split(/(?=<h[1-3][^>]*\sid=")/)
  for (const part of parts) {
    const heading = /^<h[1-3][^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h[1-3]>/.exec(part)
    const text = toText(heading ? part.slice(heading[0].length) : part)
    if (!text && !heading) continue
    entries.push({
      page,
      heading: heading ? toText(heading[2] ?? '') : page,
      href: heading && !heading[0].startsWith('<h1') ? `/${slug}#${heading[1]}` : `/${slug}`,
      text,
    })
  }
  return entries
}

function toText(html: string): string {
  return (
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      // Inline markup (Shiki's token spans too) joins its text; block markup separates it.
      .replace(/<\/?(?:span|code|a|strong|em|b|i|kbd|mark|del|sup|sub)\b[^>]*>/g, '')
      .replace(/<button[\s\S]*?<\/button>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** Entries whose heading or text holds every word of the query; headings rank first. */
export function search(entries: SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const scored: Array<{ entry: SearchEntry; score: number }> = []
  for (const entry of entries) {
    const heading = entry.heading.toLowerCase()
    const text = entry.text.toLowerCase()
    if (!words.every((word) => heading.includes(word) || text.includes(word))) continue
    const score = words.reduce((sum, word) => sum + (heading.includes(word) ? 10 : 1), 0)
    scored.push({ entry, score })
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ entry }) => entry)
}

/** A short excerpt of `text` around the first word of the query. */
export function excerpt(text: string, query: string, width = 120): string {
  const word = query.toLowerCase().split(/\s+/).find(Boolean) ?? ''
  const at = Math.max(0, text.toLowerCase().indexOf(word))
  const start = Math.max(0, at - width / 3)
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width)}${start + width < text.length ? '…' : ''}`
}
