/** A chat-like answer: prose with bold, links, lists, code fences, a table, headings. */
export function chatDocument(size: number): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = [
      `## Step ${index}: set up the **${index % 2 ? 'server' : 'client'}**\n\n`,
      `Use the [\`load\` function](https://svelte.dev/docs/kit/load#${index}) to fetch *data* before rendering, and keep **state** small.\n`,
      'Here is why:\n\n',
      '- it runs on the server first\n- then in the browser\n- ~~never twice~~ once per navigation\n\n',
      '```js\n',
      `export async function load({ fetch }) {\n  const response = await fetch('/api/${index}')\n  return { items: await response.json() }\n}\n`,
      '```\n\n',
      `| option | default |\n| --- | --- |\n| \`ssr\` | \`true\` |\n| \`csr\` | \`${index % 2 === 0}\` |\n\n`,
      `> **Note**: step ${index} is optional.\n\n`,
    ].join('')
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, size)
}

export { chunk } from '../../test-utils/chunk-text.ts'
