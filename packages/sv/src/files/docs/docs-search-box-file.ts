/**
 * The docs example's search box: it downloads the index built with the app on first use, and
 * lists the sections that hold every word typed.
 */
export function docsSearchBoxFile(language: 'ts' | 'js'): string {
  const ts = language === 'ts'
  return `<script${ts ? ' lang="ts"' : ''}>
	import { excerpt, search${ts ? ', type SearchEntry' : ''} } from './search';

	let query = $state('');
	${ts ? 'let entries: SearchEntry[] | undefined = $state();' : "/** @type {import('./search').SearchEntry[] | undefined} */\n\tlet entries = $state();"}
	let open = $state(false);
	const results = $derived(entries ? search(entries, query) : []);

	// Text typed before the page hydrated (or without focusing the box) still loads the index.
	$effect(() => {
		if (query.trim()) load();
	});

	async function load() {
		open = true;
		entries ??= await fetch('/docs/search.json').then((response) => response.json());
	}
</script>

<div class="search" role="search">
	<input
		type="search"
		placeholder="Search"
		aria-label="Search the docs"
		bind:value={query}
		onfocus={load}
		onkeydown={(event) => event.key === 'Escape' && (open = false)}
	/>
	{#if open && query.trim()}
		<ul>
			{#each results as result}
				<li>
					<a href={result.href} onclick={() => ((open = false), (query = ''))}>
						<strong>{result.heading}</strong> <small>{result.page}</small>
						<span>{excerpt(result.text, query)}</span>
					</a>
				</li>
			{:else}
				<li class="empty">{entries ? 'No results' : 'Loading…'}</li>
			{/each}
		</ul>
	{/if}
</div>

<style>
	.search {
		position: relative;
		width: min(20rem, 50vw);
	}

	input {
		box-sizing: border-box;
		width: 100%;
		padding: 0.45rem 0.75rem;
		border: 1px solid var(--docs-border);
		border-radius: 0.375rem;
		background: var(--docs-bg);
		color: inherit;
		font: inherit;
	}

	ul {
		position: absolute;
		z-index: 2;
		top: calc(100% + 0.25rem);
		right: 0;
		width: min(28rem, 90vw);
		max-height: 70vh;
		overflow-y: auto;
		margin: 0;
		padding: 0.25rem;
		list-style: none;
		border: 1px solid var(--docs-border);
		border-radius: 0.5rem;
		background: var(--docs-bg);
		box-shadow: 0 8px 24px rgb(0 0 0 / 0.15);
	}

	a {
		display: block;
		padding: 0.5rem 0.75rem;
		border-radius: 0.375rem;
		color: inherit;
		text-decoration: none;
	}

	a:hover,
	a:focus {
		background: var(--docs-surface);
	}

	small {
		color: var(--docs-muted);
	}

	span {
		display: block;
		font-size: 0.85rem;
		color: var(--docs-muted);
	}

	.empty {
		padding: 0.5rem 0.75rem;
		color: var(--docs-muted);
	}
</style>
`
}
