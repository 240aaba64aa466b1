/** A small interactive component for the example page: it only counts once hydrated. */
export function counterFile(language: 'ts' | 'js'): string {
  return `<script${language === 'ts' ? ' lang="ts"' : ''}>
	let count = $state(0);
</script>

<button type="button" onclick={() => (count += 1)}>
	Clicked {count} {count === 1 ? 'time' : 'times'}
</button>
`
}
