import type { DocsFileOptions } from './docs-pages-file.js'

const fence = '```'

/**
 * The docs example's pages: three `+page.svx` under `src/routes/docs` that show what the frame
 * does (sidebar order from frontmatter, headings in the table of contents, alerts, code, a
 * component) and say how to add a page.
 */
export function docsContentFiles(
  options: DocsFileOptions,
): Array<{ path: string; content: string }> {
  const docs = `${options.routes}/docs`
  const page = (folder: string) => `${docs}${folder ? `/${folder}` : ''}/+page${options.extension}`
  const module = (name: string) =>
    `${options.lib}/docs/${name}${options.language === 'ts' ? '.ts' : '.js'}`
  return [
    {
      path: page(''),
      content: `---
title: Introduction
order: 1
---

# {title}

This is a docs section written in Markdown with Svelte inside. Every page is a
\`+page${options.extension}\` file under \`${docs}\`, and everything around it is yours to change.

## What it does

- **Sidebar**: \`${module('pages')}\` lists every page from the file tree, with
  \`import.meta.glob\` and \`?metadata\`, which reads the frontmatter and headings without
  compiling the pages. The frontmatter's \`order\` sorts them.
- **On this page**: the table of contents comes from the page's \`headings\`; the section you are
  reading is highlighted as you scroll.
- **Search**: \`/docs/search.json\` renders every page to text when the app is built, and the
  search box downloads it the first time you use it.
- **Dark mode**: the switch in the header, remembered; code blocks follow (Shiki's dual themes).

## Add a page

Create \`${docs}/deploying/+page${options.extension}\`:

${fence}md
---
title: Deploying
order: 4
---

# {title}

## Build

Run \`npm run build\`.
${fence}

It shows up in the sidebar, after the pages with a smaller \`order\`.
`,
    },
    {
      path: page('getting-started'),
      content: `---
title: Getting started
order: 2
---

<script>
	let count = $state(0);
</script>

# {title}

## Run the app

${fence}sh
npm run dev
${fence}

Then open [/docs](/docs). Pages reload as you edit them.

## Markdown

Headings, lists, links, tables and code are Markdown:

| file | what it is |
| --- | --- |
| \`${docs}/+layout.svelte\` | the frame: header, sidebar, table of contents |
| \`${module('pages')}\` | the list of pages, from the file tree |
| \`${module('search')}\` | the search index and the search |

### Code

Code blocks are highlighted when the app is built, for light and dark mode:

${fence}ts
export function greet(name: string): string {
	return \`Hello, \${name}!\`;
}
${fence}

### Svelte

A page is a Svelte component: <button type="button" onclick={() => count++}>clicked {count} {count === 1 ? 'time' : 'times'}</button>
`,
    },
    {
      path: page('writing'),
      content: `---
title: Writing pages
order: 3
---

# {title}

## Frontmatter

The YAML between the \`---\` lines at the top is the page's metadata: \`title\` names it in the
sidebar, \`order\` places it. Its keys are in scope in the page, as in \`# {title}\`.

## Alerts

A block quote that starts with \`[!NOTE]\`, \`[!TIP]\`, \`[!IMPORTANT]\`, \`[!WARNING]\` or
\`[!CAUTION]\` is a callout, as on GitHub:

> [!NOTE]
> Braces in text are Svelte: \`{count}\` shows a value. Write \`\\{\` for a brace.

> [!WARNING]
> A page that fails to compile is shown with its line in the \`.svx\` file.

## Headings

Every heading gets an id to link to (\`#alerts\`), and the \`h2\` and \`h3\` headings are listed
under "On this page".
`,
    },
  ]
}
