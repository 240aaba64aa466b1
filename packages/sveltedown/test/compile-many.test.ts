import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  closeCompileWorkers,
  compile,
  compileMany,
  createCompileWorkers,
  SveltedownError,
} from '../src/index.js'

afterAll(() => closeCompileWorkers())

const documents = Array.from({ length: 12 }, (_, index) => ({
  filename: `doc-${index}.svx`,
  source: `---\ntitle: Doc ${index}\n---\n\n# {title}\n\n| a | b |\n| - | - |\n| ${index} | x |\n\n\`\`\`js\nconst n = ${index}\n\`\`\`\n`,
}))

describe('compileMany()', () => {
  it('compiles in worker threads with the same output as compile(), in order', async () => {
    const report = await compileMany(documents, { threads: 2 })
    expect(report.threads).toBe(2)
    expect(report.inProcessReason).toBeUndefined()
    for (const [index, entry] of report.documents.entries()) {
      const input = documents[index] as (typeof documents)[number]
      expect(entry.filename).toBe(input.filename)
      if (!('result' in entry)) throw new Error('expected a result')
      const expected = await compile(input.source, { filename: input.filename })
      expect(entry.result.code).toBe(expected.code)
      expect(entry.result.map).toEqual(expected.map)
      expect(entry.result.data.headings).toEqual([
        { depth: 1, id: `doc-${index}`, text: `Doc ${index}` },
      ])
    }
  })

  it('returns a positioned SveltedownError for a document that fails, and compiles the rest', async () => {
    const broken = [
      ...documents,
      { filename: 'broken.svx', source: 'Hello\n\n<div>\n\nnever closed\n' },
    ]
    const report = await compileMany(broken, { threads: 2 })
    const last = report.documents.at(-1)
    if (!last || !('error' in last)) throw new Error('expected an error')
    expect(last.error).toBeInstanceOf(SveltedownError)
    expect((last.error as SveltedownError).code).toBe('tag_unclosed')
    expect((last.error as SveltedownError).start.line).toBe(3)
    expect(report.documents.filter((entry) => 'result' in entry)).toHaveLength(documents.length)
  })

  it('loads plugins given as module specifiers in the workers', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-many-'))
    try {
      fs.writeFileSync(
        path.join(root, 'rehype-mark.mjs'),
        "export default function mark(options) { return (tree) => { tree.children.push({ type: 'text', value: options.text }) } }\n",
      )
      const plugin = path.join(root, 'rehype-mark.mjs')
      const report = await compileMany(documents, {
        threads: 2,
        root,
        rehypePlugins: [[plugin, { text: 'marked-by-plugin' }]],
        highlight: false,
      })
      expect(report.threads).toBe(2)
      for (const entry of report.documents) {
        if (!('result' in entry)) throw new Error('expected a result')
        expect(entry.result.code).toContain('marked-by-plugin')
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })

  it('compiles in this thread, and says why, when a plugin is a function', async () => {
    const plugin = () => (tree: { children: unknown[] }) => {
      tree.children.push({ type: 'text', value: 'from-a-function' })
    }
    const report = await compileMany(documents, { threads: 2, rehypePlugins: [plugin] })
    expect(report.threads).toBe(1)
    expect(report.inProcessReason).toBe('options.rehypePlugins[0] is a function')
    const first = report.documents[0]
    expect(first && 'result' in first && first.result.code).toContain('from-a-function')
  })

  it('reads and writes the persistent cache', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-many-cache-'))
    try {
      const cold = await compileMany(documents, { threads: 2, cache: { dir } })
      expect(cold.documents.every((entry) => 'cached' in entry && !entry.cached)).toBe(true)
      const warm = await compileMany(documents, { threads: 2, cache: { dir } })
      expect(warm.documents.every((entry) => 'cached' in entry && entry.cached)).toBe(true)
      // Nothing was left to compile, so no thread was needed.
      expect(warm.threads).toBe(1)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('createCompileWorkers()', () => {
  it('compiles each file in the same worker every time, with the output of compile()', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-workers-'))
    try {
      // Writes the worker's thread id into the page, so the test sees where a file compiled.
      fs.writeFileSync(
        path.join(root, 'rehype-thread.mjs'),
        "import { threadId } from 'node:worker_threads'\nexport default function thread() { return (tree) => { tree.children.push({ type: 'text', value: `thread-${threadId}` }) } }\n",
      )
      const options = { root, rehypePlugins: [path.join(root, 'rehype-thread.mjs')] }
      const workers = createCompileWorkers(options, 2)
      const threadOf = async (input: (typeof documents)[number]) => {
        const result = await workers.compile(input.source, input.filename)
        return /thread-(\d+)/.exec(result.code)?.[1]
      }
      const first = await Promise.all(documents.map(threadOf))
      const second = await Promise.all([...documents].reverse().map(threadOf))
      expect(second.reverse()).toEqual(first)
      // Both workers are used, and neither is this thread (id 0).
      expect(new Set(first).size).toBe(2)
      expect(first).not.toContain('0')

      const plain = createCompileWorkers({ highlight: false }, 2)
      for (const input of documents.slice(0, 4)) {
        expect(await plain.compile(input.source, input.filename)).toEqual(
          await compile(input.source, { filename: input.filename, highlight: false }),
        )
      }
      const error = await plain.compile('<div>\n\nnever closed\n', 'broken.svx').catch((e) => e)
      expect(error).toBeInstanceOf(SveltedownError)
      expect((error as SveltedownError).code).toBe('tag_unclosed')
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })

  it('refuses options that cannot cross to a thread, and says why', () => {
    expect(() => createCompileWorkers({ rehypePlugins: [() => () => {}] })).toThrow(
      'options.rehypePlugins[0] is a function',
    )
  })
})
