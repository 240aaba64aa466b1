import type { DocsFileOptions } from './docs-pages-file.js'

/**
 * `src/routes/docs/+layout.svelte`: the frame of every docs page (header with search and the
 * dark mode switch, the sidebar, previous and next links, the table of contents). The page
 * itself is a `+page.svx` inside it, rendered in the sveltedown layout like any document.
 */
export function docsRouteLayoutFile(options: DocsFileOptions): string {
  const lib = `${options.libImport}/docs`
  return `<script${options.language === 'ts' ? ' lang="ts"' : ''}>
	import { page } from '$app/state';
	import { pages } from '${lib}/pages';
	import Search from '${lib}/Search.svelte';
	import ThemeToggle from '${lib}/ThemeToggle.svelte';
	import Toc from '${lib}/Toc.svelte';
	import '${lib}/docs.css';

	let { children } = $props();
	const index = $derived(pages.findIndex((entry) => entry.href === page.url.pathname));
	const previous = $derived(index > 0 ? pages[index - 1] : undefined);
	const next = $derived(index >= 0 ? pages[index + 1] : undefined);
</script>

<svelte:head>
	<!-- Before the first paint, so a dark page never flashes light: the choice the switch stored, else the system's. -->
	<script>
		try {
			const stored = localStorage.getItem('theme');
			const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
			document.documentElement.classList.toggle('dark', dark);
			document.documentElement.classList.toggle('light', !dark);
		} catch {}
	</script>
</svelte:head>

<div class="docs">
	<header class="docs-header">
		<a class="docs-brand" href="/docs">Docs</a>
		<Search />
		<ThemeToggle />
	</header>

	<nav class="docs-sidebar" aria-label="Docs">
		<ul>
			{#each pages as entry (entry.href)}
				<li>
					<a href={entry.href} aria-current={entry.href === page.url.pathname ? 'page' : undefined}>
						{entry.title}
					</a>
				</li>
			{/each}
		</ul>
	</nav>

	<main class="docs-main">
		{@render children()}
		{#if previous || next}
			<nav class="docs-pager" aria-label="Previous and next pages">
				{#if previous}<a href={previous.href} rel="prev">← {previous.title}</a>{/if}
				{#if next}<a href={next.href} rel="next">{next.title} →</a>{/if}
			</nav>
		{/if}
	</main>

	<Toc headings={pages[index]?.headings ?? []} />
</div>
`
}
