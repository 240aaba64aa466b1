import { error } from '@sveltejs/kit'
import { pages, readingOrder } from '$lib/pages.js'
import type { EntryGenerator, PageLoad } from './$types.js'

export const entries: EntryGenerator = () => pages.map((page) => ({ slug: page.slug }))

export const load: PageLoad = async ({ params }) => {
  const page = pages.find((candidate) => candidate.slug === params.slug)
  if (!page) error(404, 'Not found')
  const module = await page.load()
  const index = readingOrder.indexOf(page)
  const neighbour = (at: number) => {
    const found = index === -1 ? undefined : readingOrder[at]
    return found && { slug: found.slug, title: found.title }
  }
  return {
    component: module.default,
    headings: module.headings,
    title: page.title,
    slug: page.slug,
    description: typeof module.metadata.description === 'string' ? module.metadata.description : '',
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}
