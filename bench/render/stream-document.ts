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

/** Split text into `count` chunks of equal size, like tokens arriving from a model. */
export function chunk(text: string, count: number): string[] {
  const chunks: string[] = []
  for (let index = 0; index < count; index++) {
    chunks.push(
      text.slice(
        Math.round((index * text.length) / count),
        Math.round(((index + 1) * text.length) / count),
      ),
    )
  }
  return chunks.filter((piece) => piece !== '')
}
