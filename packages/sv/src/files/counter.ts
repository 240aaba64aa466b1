/** A small interactive component for the example page: it only counts once hydrated. */
export function counterFile(language: 'ts' | 'js'): string {
  const script =
    language === 'ts'
      ? `<script lang="ts">
	let { start = 0 }: { start?: number } = $props();
	let count = $state(start);
</script>`
      : `<script>
	let { start = 0 } = $props();
	let count = $state(start);
</script>`
  return `${script}

<button type="button" onclick={() => (count += 1)}>
	Clicked {count} {count === 1 ? 'time' : 'times'}
</button>
`
}
