// Built by Vite for the server (production mode), then imported by the bench: each renderer's
// SSR with GFM, the way an app would call it.
import SvelteMarkdown from '@humanspeak/svelte-markdown'
import { Markdown } from '@sveltedown/render'
import { render } from 'svelte/server'
import ExMarkdown from 'svelte-exmarkdown'
import { gfmPlugin } from 'svelte-exmarkdown/gfm'

const plugins = [gfmPlugin()]

export const renderers: Record<string, (source: string) => string> = {
  '@sveltedown/render': (source) => render(Markdown, { props: { source } }).body,
  'svelte-exmarkdown': (source) => render(ExMarkdown, { props: { md: source, plugins } }).body,
  '@humanspeak/svelte-markdown': (source) => render(SvelteMarkdown, { props: { source } }).body,
}
