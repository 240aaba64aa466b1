import fs from 'node:fs'
import path from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { closeCompileWorkers } from 'sveltedown'
import { build, createLogger } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { type SveltedownPluginOptions, sveltedown } from '../src/index.js'
import { copyApp } from './utils/copy-app.js'

afterAll(() => closeCompileWorkers())

const pages = 8

/** An app of several documents with highlighted code, and a plugin that notes its thread. */
function createApp(): string {
  const root = copyApp()
  const imports: string[] = []
  for (let index = 0; index < pages; index++) {
    fs.writeFileSync(
      path.join(root, `src/Doc${index}.svx`),
      [
        '---',
        `title: Document ${index}`,
        '---',
        '',
        '<script>',
        `  let count = $state(${index})`,
        '</script>',
        '',
        `# {title} with *emphasis*`,
        '',
        `Clicked {count} times. | a | b |`,
        '',
        '```ts',
        `const value: number = ${index} // [!code highlight]`,
        'export function double(n: number) { return n * 2 }',
        '```',
        '',
        '```svelte',
        `<button onclick={() => count++}>{count} {${index}}</button>`,
        '```',
        '',
      ].join('\n'),
    )
    imports.push(`import Doc${index} from './Doc${index}.svx'`)
  }
  fs.writeFileSync(
    path.join(root, 'src/main.js'),
    `import { mount } from 'svelte'\n${imports.join('\n')}\n${Array.from(
      { length: pages },
      (_, index) => `mount(Doc${index}, { target: document.body })`,
    ).join('\n')}\n`,
  )
  // Leaves the tree alone and appends the thread it ran in to a file, so the test sees where
  // documents were compiled while the output stays the same.
  fs.writeFileSync(
    path.join(root, 'rehype-note-thread.mjs'),
    [
      "import fs from 'node:fs'",
      "import { threadId } from 'node:worker_threads'",
      'export default function noteThread(options) {',
      '  return () => { fs.appendFileSync(options.file, `${threadId}\\n`) }',
      '}',
      '',
    ].join('\n'),
  )
  return root
}

async function buildApp(root: string, outDir: string, options: SveltedownPluginOptions) {
  const logs: string[] = []
  const logger = createLogger('info', { allowClearScreen: false })
  logger.info = (message) => {
    logs.push(message)
  }
  await build({
    root,
    configFile: false,
    logLevel: 'info',
    customLogger: logger,
    plugins: [sveltedown({ cache: false, ...options }), svelte()],
    build: { outDir: path.join(root, outDir), sourcemap: true, minify: false },
  })
  return logs
}

/** Every file of a folder, by relative path. */
function readTree(directory: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const file of fs.readdirSync(directory, { recursive: true }).map(String).sort()) {
    const full = path.join(directory, file)
    if (fs.statSync(full).isFile()) files[file] = fs.readFileSync(full, 'utf8')
  }
  return files
}

describe('vite build in worker threads', () => {
  it('builds byte for byte what one thread builds, compiling documents in the workers', async () => {
    const root = createApp()
    const plugin = (file: string): SveltedownPluginOptions['rehypePlugins'] => [
      [path.join(root, 'rehype-note-thread.mjs'), { file: path.join(root, file) }],
    ]
    await buildApp(root, 'threads', { threads: 2, rehypePlugins: plugin('threads.log') })
    await buildApp(root, 'one-thread', { threads: false, rehypePlugins: plugin('one.log') })

    const threaded = readTree(path.join(root, 'threads'))
    const single = readTree(path.join(root, 'one-thread'))
    expect(Object.keys(threaded).length).toBeGreaterThan(2)
    expect(threaded).toEqual(single)
    // The pages are in the bundle, highlighted (Shiki's two themes, notation transformers off).
    const bundle = Object.entries(threaded).find(([file]) => file.endsWith('.js'))?.[1] ?? ''
    expect(bundle).toContain('Document 7')
    expect(bundle).toContain('--shiki-dark')

    const threadsOf = (file: string) =>
      fs.readFileSync(path.join(root, file), 'utf8').trim().split('\n').map(Number)
    // Every document was compiled in a worker (thread ids above 0), both workers had work.
    const inWorkers = threadsOf('threads.log')
    expect(inWorkers).toHaveLength(pages)
    expect(inWorkers.every((id) => id > 0)).toBe(true)
    expect(new Set(inWorkers).size).toBe(2)
    expect(threadsOf('one.log')).toEqual(Array.from({ length: pages }, () => 0))
  })

  it('compiles in Vite’s thread when a plugin is a function, and says why once', async () => {
    const root = createApp()
    const threads: number[] = []
    const { threadId } = await import('node:worker_threads')
    const logs = await buildApp(root, 'out', {
      threads: 2,
      rehypePlugins: [() => () => void threads.push(threadId)],
    })
    expect(threads).toEqual(Array.from({ length: pages }, () => threadId))
    const notes = logs.filter((line) => line.includes('sveltedown:'))
    expect(notes).toEqual([
      'sveltedown: documents compile in one thread, because options.rehypePlugins[0] is a function (give plugins as module specifiers to compile in worker threads)',
    ])
    expect(readTree(path.join(root, 'out'))).not.toEqual({})
  })
})
