/**
 * The docs example's dark mode switch. The docs layout sets `dark` or `light` on `<html>` before
 * the first paint; this flips it and remembers the choice. Code blocks follow through `shiki.css`
 * (Shiki's dual themes).
 */
export function docsThemeToggleFile(language: 'ts' | 'js'): string {
  return `<script${language === 'ts' ? ' lang="ts"' : ''}>
	// The class the docs layout's head script set (the stored choice, else the system's).
	let dark = $state(false);

	$effect(() => {
		dark = document.documentElement.classList.contains('dark');
	});

	function toggle() {
		dark = !dark;
		document.documentElement.classList.toggle('dark', dark);
		document.documentElement.classList.toggle('light', !dark);
		localStorage.setItem('theme', dark ? 'dark' : 'light');
	}
</script>

<button type="button" onclick={toggle} aria-label="Dark mode" aria-pressed={dark}>
	<span aria-hidden="true">{dark ? '☾' : '☀'}</span>
</button>

<style>
	button {
		width: 2.25rem;
		height: 2.25rem;
		border: 1px solid var(--docs-border);
		border-radius: 0.375rem;
		background: none;
		color: inherit;
		font-size: 1.1rem;
		cursor: pointer;
	}
</style>
`
}
