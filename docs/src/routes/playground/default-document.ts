/** The document the playground opens with. */
export const defaultDocument = `---
title: Hello, playground
tags: [svelte, markdown]
---

<script>
  let count = $state(0)
</script>

# {title}

Edit this **Markdown** and watch the panes change. Svelte works anywhere:

<button onclick={() => count++}>Clicked {count} times</button>

{#if count > 2}
> [!TIP]
> You clicked *a lot*.
{/if}

- Tags: {metadata.tags.join(', ')}
- Braces in code stay code: \`{not an expression}\`

\`\`\`js
const answer = 42
\`\`\`
`
