import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './conformance.ts'

/** The shared corpus: Svelte's and SvelteKit's documentation, 191 Markdown files. */
export function loadCorpus(): Array<{ name: string; source: string }> {
  const root = path.resolve(repoRoot, '../shared/corpus')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
  return files.map((file) => ({ name: file, source: readFileSync(path.join(root, file), 'utf8') }))
}

/** A chat-like answer: prose with bold, links, lists, code fences, a table, headings. */
export function chatDocument(size: number): string {
  const parts: string[] = []
  for (let index = 0; parts.join('').length < size; index++) {
    parts.push(
      `## Step ${index}: set up the **${index % 2 ? 'server' : 'client'}**\n\n`,
      `Use the [\`load\` function](https://svelte.dev/docs/kit/load#${index}) to fetch *data* before rendering, and keep **state** small.\n`,
      'Here is why:\n\n',
      `- it runs on the server first\n- then in the browser\n- ~~never twice~~ once per navigation\n\n`,
      '```js\n',
      `export async function load({ fetch }) {\n  const response = await fetch('/api/${index}')\n  return { items: await response.json() }\n}\n`,
      '```\n\n',
      `| option | default |\n| --- | --- |\n| \`ssr\` | \`true\` |\n| \`csr\` | \`${index % 2 === 0}\` |\n\n`,
      `> **Note**: step ${index} is optional.\n\n`,
    )
  }
  return parts.join('')
}

export { chunk } from '../../../test-utils/chunk-text.ts'
