/**
 * The default layout: every document is rendered inside it, with its frontmatter as props and
 * its content as `children`. It loads the Shiki theme CSS once for all documents.
 */
export function layoutFile(language: 'ts' | 'js'): string {
  const script =
    language === 'ts'
      ? `<script lang="ts">
	import type { Snippet } from 'svelte';
	import './shiki.css';

	// The document's frontmatter arrives as props, its content as \`children\`.
	let { title, children }: { title?: string; children: Snippet; [key: string]: unknown } =
		$props();
</script>`
      : `<script>
	import './shiki.css';

	// The document's frontmatter arrives as props, its content as \`children\`.
	let { title, children } = $props();
</script>`
  return `${script}

<svelte:head>
	{#if title}
		<title>{title}</title>
	{/if}
</svelte:head>

<article class="sveltedown">
	{@render children()}
</article>

<style>
	.sveltedown {
		max-width: 48rem;
		margin: 0 auto;
		padding: 2rem 1rem;
		font-family: system-ui, sans-serif;
		line-height: 1.6;
	}

	.sveltedown :global(pre) {
		padding: 1rem;
		border-radius: 0.5rem;
		overflow-x: auto;
	}
</style>
`
}
