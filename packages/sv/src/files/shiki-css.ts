/**
 * sveltedown highlights code with Shiki's dual themes: the light colours are inline styles and
 * the dark ones CSS variables (`--shiki-dark`, `--shiki-dark-bg`). This switches to the dark ones
 * under `<html class="dark">`, or when the system is dark unless `<html class="light">` says
 * otherwise (a page's own light/dark switch, as in the docs example).
 */
export function shikiCssFile(): string {
  return `/* Code highlighted by sveltedown (Shiki dual themes): dark colours for dark mode. */
@media (prefers-color-scheme: dark) {
	:root:not(.light) .shiki,
	:root:not(.light) .shiki span {
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
