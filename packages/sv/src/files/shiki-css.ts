/**
 * sveltedown highlights code with Shiki's dual themes: the light colours are inline styles and
 * the dark ones CSS variables (`--shiki-dark`, `--shiki-dark-bg`). This switches to the dark ones
 * when the system is dark, or under `<html class="dark">`.
 */
export function shikiCssFile(): string {
  return `/* Code highlighted by sveltedown (Shiki dual themes): dark colours for dark mode. */
@media (prefers-color-scheme: dark) {
	.shiki,
	.shiki span {
		color: var(--shiki-dark) !important;
		background-color: var(--shiki-dark-bg) !important;
		font-style: var(--shiki-dark-font-style) !important;
		font-weight: var(--shiki-dark-font-weight) !important;
		text-decoration: var(--shiki-dark-text-decoration) !important;
	}
}

:root.dark .shiki,
:root.dark .shiki span {
	color: var(--shiki-dark) !important;
	background-color: var(--shiki-dark-bg) !important;
	font-style: var(--shiki-dark-font-style) !important;
	font-weight: var(--shiki-dark-font-weight) !important;
	text-decoration: var(--shiki-dark-text-decoration) !important;
}
`
}
