import fs from 'node:fs'
import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { createServer, type ViteDevServer } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { sveltedown } from '../src/index.js'
import { copyApp } from './utils/copy-app.js'

const count = 100

// Code blocks shared between documents (the highlighter's cache sees each many times), one of
// them in a language Shiki does not know (a warning that must come with every document).
const sharedCode = [
  '```js\nconst shared = 1\n```',
  '```ts\nlet typed: number = 2\n```',
  '```svelte\n<button onclick={() => count++}>{count}</button>\n```',
  '```css\n.shared { color: red }\n```',
  '```weird\nnot highlighted\n```',
]

/** Document `i`: a layout picked by frontmatter, shared and own code blocks, Svelte in Markdown. */
function document(i: number): string {
  const layout = i % 3 === 0 ? 'blog' : i % 3 === 1 ? 'docs' : '_'
  return [
    '---',
    `title: Document ${i}`,
    `layout: ${layout}`,
    '---',
    '',
    '<script>',
    `  let count = $state(${i})`,
    '</script>',
    '',
    `# Document ${i}`,
    '',
    `Text of document ${i}, with *emphasis* and a [link](/d/${i}).`,
    '',
    sharedCode[i % sharedCode.length],
    '',
    i % 2 === 0 ? sharedCode[(i + 2) % sharedCode.length] : `\`\`\`js\nconst own = ${i}\n\`\`\``,
    '',
    '{#if count > 10}',
    '',
    `- more than ten (${i})`,
    '',
    '{/if}',
    '',
  ].join('\n')
}

function layoutSource(name: string) {
  return `<script>\n  let { children, title } = $props()\n</script>\n\n<article class="${name}"><h2>{title}</h2>{@render children?.()}</article>\n`
}

const servers: ViteDevServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

/** A dev server on the app, without the disk cache, so every document is compiled. */
async function start(root: string, warnings: string[]) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [
      sveltedown({
        layout: {
          blog: './src/layouts/Blog.svelte',
          docs: './src/layouts/Docs.svelte',
          _: './src/layouts/Default.svelte',
        },
        cache: false,
        warningFilter: (warning) => {
          warnings.push(warning.code)
          return true
        },
      }),
      svelte(),
    ],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  })
  servers.push(server)
  return server
}

describe('100 documents compiled at once through the Vite plugin', () => {
  it('give the same code and maps as compiled one by one', async () => {
    const root = copyApp()
    fs.mkdirSync(path.join(root, 'src/docs'))
    fs.mkdirSync(path.join(root, 'src/layouts'))
    for (const name of ['Blog', 'Docs', 'Default'])
      fs.writeFileSync(path.join(root, `src/layouts/${name}.svelte`), layoutSource(name))
    const urls = Array.from({ length: count }, (_, i) => {
      fs.writeFileSync(path.join(root, `src/docs/Doc${i}.svx`), document(i))
      return `/src/docs/Doc${i}.svx`
    })

    const transform = async (server: ViteDevServer, url: string, ssr: boolean) => {
      const result = await server.transformRequest(url, { ssr })
      if (!result) throw new Error(`nothing for ${url}`)
      // Vite's dependency optimizer stamps its imports with a hash of its own run: not ours.
      const code = result.code.replace(/\?v=[0-9a-f]{8}\b/g, '?v=hash')
      return `${code}\n//# map ${JSON.stringify(result.map && 'mappings' in result.map ? result.map.mappings : null)}`
    }

    // One by one, on a server of its own (a fresh module graph and plugin state).
    const oneByOneWarnings: string[] = []
    const first = await start(root, oneByOneWarnings)
    const oneByOne: string[] = []
    for (const url of urls) oneByOne.push(await transform(first, url, false))
    const oneByOneSsr: string[] = []
    for (const url of urls) oneByOneSsr.push(await transform(first, url, true))
    await first.close()

    // All at once, client and server transforms interleaved, on a new server.
    const atOnceWarnings: string[] = []
    const second = await start(root, atOnceWarnings)
    const [atOnce, atOnceSsr] = await Promise.all([
      Promise.all(urls.map((url) => transform(second, url, false))),
      Promise.all(urls.map((url) => transform(second, url, true))),
    ])

    for (let i = 0; i < count; i++) {
      expect(atOnce[i], urls[i]).toBe(oneByOne[i])
      expect(atOnceSsr[i], urls[i]).toBe(oneByOneSsr[i])
    }
    // Each document was compiled with its own layout and code.
    expect(oneByOneSsr[3]).toContain('Blog')
    expect(oneByOneSsr[4]).toContain('Docs')
    expect(oneByOneSsr[5]).toContain('Default')
    expect(oneByOneSsr[7]).toContain('own')
    // The same warnings, as many times: a block replayed from a cache keeps its warning.
    const unknownLanguage = urls.filter((_, i) => document(i).includes('```weird')).length
    const countOf = (list: string[]) =>
      list.filter((code) => code === 'highlight_language_unknown').length
    expect(atOnceWarnings.sort()).toEqual(oneByOneWarnings.sort())
    // Once per compile: the client and the server transform each compile the document.
    expect(countOf(oneByOneWarnings)).toBe(unknownLanguage * 2)
  })
})
