/**
 * The example document: frontmatter used in the markup, a Svelte component in Markdown, and a
 * highlighted code block.
 */
export function examplePageFile(options: { libImport: string; path: string }): string {
  return `---
title: Hello from sveltedown
---

<script>
	import Counter from '${options.libImport}/sveltedown/Counter.svelte';
</script>

# {title}

This page is **Markdown with Svelte inside**: \`${options.path}\`.
The title above comes from the frontmatter.

<Counter />

Code blocks are highlighted at build time by Shiki, in light and dark themes:

\`\`\`ts
export function greet(name: string): string {
	return \`Hello, \${name}!\`;
}
\`\`\`

Every document is rendered inside the layout \`${options.libImport}/sveltedown/Layout.svelte\`.
Add more pages as \`+page.svx\` files next to your \`+page.svelte\` ones.
`
}
