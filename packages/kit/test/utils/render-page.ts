import type { ViteDevServer } from 'vite'

/**
 * Server-render a document through the dev server (its SSR module graph, as a SvelteKit page
 * renders), without hydration markers and scoped-style classes, to read like the page a user sees.
 */
export async function renderPage(vite: ViteDevServer, url: string): Promise<string> {
  const module = await vite.ssrLoadModule(url)
  // The `svelte/server` Vite loaded: the same Svelte the component was compiled for.
  const { render } = await vite.ssrLoadModule('svelte/server')
  return render(module.default)
    .body.replace(/<!--[^>]*-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+"/g, '"')
}
