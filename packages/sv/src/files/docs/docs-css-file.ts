/**
 * The docs example's look: the grid of header, sidebar, page and table of contents, light and
 * dark colours (the `dark` class on `<html>`), and GitHub alerts as callouts.
 */
export function docsCssFile(): string {
  return `/* The docs: header on top; sidebar, page and table of contents side by side. Fixed column
   widths, so nothing moves when a page loads. */
.docs {
	--docs-bg: #ffffff;
	--docs-fg: #1f2328;
	--docs-muted: #59636e;
	--docs-border: #d1d9e0;
	--docs-surface: #f6f8fa;
	--docs-accent: #0969da;
	display: grid;
	grid-template-columns: 14rem minmax(0, 1fr) 14rem;
	grid-template-rows: auto 1fr;
	grid-template-areas:
		'header header header'
		'sidebar main toc';
	min-height: 100vh;
	background: var(--docs-bg);
	color: var(--docs-fg);
	font-family: system-ui, sans-serif;
}

:root.dark .docs {
	--docs-bg: #0d1117;
	--docs-fg: #e6edf3;
	--docs-muted: #9198a1;
	--docs-border: #3d444d;
	--docs-surface: #151b23;
	--docs-accent: #4493f8;
	color-scheme: dark;
}

body:has(.docs) {
	margin: 0;
}

.docs a {
	color: var(--docs-accent);
}

.docs-header {
	grid-area: header;
	position: sticky;
	top: 0;
	z-index: 1;
	display: flex;
	gap: 1rem;
	align-items: center;
	padding: 0.75rem 1.5rem;
	border-bottom: 1px solid var(--docs-border);
	background: var(--docs-bg);
}

.docs-brand {
	margin-right: auto;
	font-weight: 700;
	font-size: 1.1rem;
	text-decoration: none;
}

.docs-sidebar,
.docs-toc {
	position: sticky;
	top: 4rem;
	align-self: start;
	padding: 1.5rem 1rem;
}

.docs-sidebar {
	grid-area: sidebar;
}

.docs-toc {
	grid-area: toc;
}

.docs-sidebar ul {
	margin: 0;
	padding: 0;
	list-style: none;
}

.docs-sidebar a {
	display: block;
	padding: 0.35rem 0.6rem;
	border-radius: 0.375rem;
	color: inherit;
	text-decoration: none;
}

.docs-sidebar a[aria-current='page'] {
	background: var(--docs-surface);
	color: var(--docs-accent);
	font-weight: 600;
}

.docs-main {
	grid-area: main;
	min-width: 0;
}

.docs-pager {
	display: flex;
	max-width: 48rem;
	margin: 0 auto;
	padding: 0 1rem 3rem;
}

.docs-pager [rel='next'] {
	margin-left: auto;
}

/* A heading a link jumps to stays below the sticky header. */
.docs [id] {
	scroll-margin-top: 5rem;
}

.docs pre {
	border: 1px solid var(--docs-border);
	tab-size: 2;
}

.docs :not(pre) > code {
	padding: 0.1em 0.3em;
	border-radius: 0.25rem;
	background: var(--docs-surface);
}

.docs table {
	border-collapse: collapse;
}

.docs th,
.docs td {
	padding: 0.4rem 0.75rem;
	border: 1px solid var(--docs-border);
}

/* GitHub alerts (\`> [!NOTE]\`): sveltedown gives the block quote these classes. */
.docs .markdown-alert {
	margin: 1rem 0;
	padding: 0.5rem 1rem;
	border-left: 0.25rem solid var(--alert);
	border-radius: 0 0.375rem 0.375rem 0;
	background: var(--docs-surface);
}

.docs .markdown-alert-title {
	margin: 0.25rem 0;
	font-weight: 600;
	color: var(--alert);
}

.docs .markdown-alert-note {
	--alert: #0969da;
}

.docs .markdown-alert-tip {
	--alert: #1a7f37;
}

.docs .markdown-alert-important {
	--alert: #8250df;
}

.docs .markdown-alert-warning {
	--alert: #9a6700;
}

.docs .markdown-alert-caution {
	--alert: #cf222e;
}

@media (max-width: 64rem) {
	.docs {
		grid-template-columns: 12rem minmax(0, 1fr);
		grid-template-areas:
			'header header'
			'sidebar main';
	}

	.docs-toc {
		display: none;
	}
}
`
}
