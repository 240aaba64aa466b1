import { json } from '@sveltejs/kit'
import { render } from 'svelte/server'
import { pages } from '$lib/pages.js'
import { type SearchEntry, sectionsOf } from '$lib/search-index.js'

// The search index, built when the site is prerendered: every page rendered to HTML (generated
// reference sections included) and cut into sections at its headings.
export const prerender = true

export async function GET() {
  const entries: SearchEntry[] = []
  for (const page of pages) {
    const module = await page.load()
    const { body } = render(module.default)
    entries.push(...sectionsOf(body, page.title, page.slug))
  }
  return json(entries)
}
