/**
 * The docs example's "On this page": the page's `h2` and `h3` from its `headings` export, the
 * one being read highlighted as the page scrolls.
 */
export function docsTocFile(language: 'ts' | 'js'): string {
  const props =
    language === 'ts'
      ? 'let { headings }: { headings: Sveltedown.Heading[] } = $props();'
      : '/** @type {{ headings: Sveltedown.Heading[] }} */\n\tlet { headings } = $props();'
  return `<script${language === 'ts' ? ' lang="ts"' : ''}>
	${props}
	const shown = $derived(headings.filter((heading) => heading.depth === 2 || heading.depth === 3));
	let active = $state('');

	$effect(() => {
		const targets = shown.map((heading) => document.getElementById(heading.id)).filter((element) => element !== null);
		// The heading nearest above the top quarter of the window is the one being read; at the
		// very bottom, the last one is, even if it cannot scroll that far up.
		const update = () => {
			let current = targets[0]?.id ?? '';
			for (const target of targets) {
				if (target.getBoundingClientRect().top < window.innerHeight / 4) current = target.id;
			}
			const bottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
			active = bottom ? (targets.at(-1)?.id ?? current) : current;
		};
		update();
		window.addEventListener('scroll', update, { passive: true });
		return () => window.removeEventListener('scroll', update);
	});
</script>

<nav class="docs-toc" aria-label="On this page">
	{#if shown.length > 0}
		<h2>On this page</h2>
		<ul>
			{#each shown as heading (heading.id)}
				<li class:nested={heading.depth === 3}>
					<a href="#{heading.id}" class:active={active === heading.id}>{heading.text}</a>
				</li>
			{/each}
		</ul>
	{/if}
</nav>

<style>
	h2 {
		margin: 0 0 0.5rem;
		font-size: 0.8rem;
		text-transform: uppercase;
		letter-spacing: 0.05em;
		color: var(--docs-muted);
	}

	ul {
		margin: 0;
		padding: 0;
		list-style: none;
		font-size: 0.875rem;
	}

	li {
		padding: 0.2rem 0;
	}

	.nested {
		padding-left: 0.75rem;
	}

	a {
		color: var(--docs-muted);
		text-decoration: none;
	}

	a.active {
		color: var(--docs-accent);
		font-weight: 600;
	}
</style>
`
}
