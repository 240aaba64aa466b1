import fs from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { createProcessor } from '../src/index.js'
import { incrementalMinimum } from '../src/parse/remark-incremental-parse.js'

const corpus = path.resolve(import.meta.dirname, '../../../../shared/corpus')

/** Corpus pages, joined into documents long enough to be parsed incrementally. */
function longDocuments(count: number): string[] {
  const files = fs
    .readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') && file.includes('documentation'))
    .sort()
  const processor = createProcessor({ highlight: false })
  const documents: string[] = []
  let parts: string[] = []
  let size = 0
  for (const file of files) {
    // Without frontmatter (one per document) and scripts (one instance script per component).
    const text = fs
      .readFileSync(path.join(corpus, file), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<script[\s\S]*?<\/script>\n?/g, '')
    try {
      processor.parse(new VFile({ value: text }))
    } catch {
      continue
    }
    parts.push(text)
    size += text.length
    if (size >= incrementalMinimum * 1.05) {
      documents.push(`---\ntitle: Joined ${documents.length}\n---\n\n${parts.join('\n\n')}`)
      if (documents.length === count) break
      parts = []
      size = 0
    }
  }
  return documents
}

/** Edits a writer makes, at a line: each returns the new document. */
const edits: Array<[name: string, edit: (lines: string[], at: number) => void]> = [
  ['a word added', (lines, at) => void (lines[at] += ' added')],
  ['a line removed', (lines, at) => void lines.splice(at, 1)],
  ['a blank line inserted', (lines, at) => void lines.splice(at, 0, '')],
  ['a paragraph inserted', (lines, at) => void lines.splice(at, 0, '', 'New *text* here.', '')],
  ['a heading made', (lines, at) => void (lines[at] = `## ${lines[at]}`)],
  ['a setext underline', (lines, at) => void lines.splice(at, 0, '===')],
  ['a fence opened', (lines, at) => void lines.splice(at, 0, '```js')],
  ['an element opened', (lines, at) => void lines.splice(at, 0, '<div>')],
  ['an element closed', (lines, at) => void lines.splice(at, 0, '</div>')],
  ['a block opened', (lines, at) => void lines.splice(at, 0, '{#if open}')],
  ['a list item', (lines, at) => void lines.splice(at, 0, '- item')],
  ['indented', (lines, at) => void (lines[at] = `  ${lines[at]}`)],
  ['a quote', (lines, at) => void (lines[at] = `> ${lines[at]}`)],
  ['a definition', (lines, at) => void lines.splice(at, 0, '', '[corpus]: /somewhere', '')],
  ['a table row', (lines, at) => void lines.splice(at, 0, '| a | b |', '| - | - |')],
  ['an expression', (lines, at) => void (lines[at] += ' {value}')],
  ['a script closed', (lines, at) => void lines.splice(at, 0, '</script>')],
  ['a comment opened', (lines, at) => void lines.splice(at, 0, '<!--')],
  ['an ordered item', (lines, at) => void (lines[at] = `1. ${lines[at]}`)],
  [
    'a line cut in half',
    (lines, at) => void (lines[at] = lines[at]?.slice(0, lines[at].length / 2)),
  ],
]

/** The tree, or the error, as plain data. Without a path, the parse is always a full one. */
function parseWith(
  processor: ReturnType<typeof createProcessor>,
  value: string,
  filePath?: string,
): string {
  try {
    return JSON.stringify(processor.parse(new VFile({ value, path: filePath })))
  } catch (error) {
    const { message, line, column } = error as { message: string; line?: number; column?: number }
    return JSON.stringify({ error: message, line, column })
  }
}

// Places per document; `INCREMENTAL_PLACES=60 INCREMENTAL_DOCUMENTS=4` for a long run.
const places = Number(process.env.INCREMENTAL_PLACES ?? 2)
const documentCount = Number(process.env.INCREMENTAL_DOCUMENTS ?? 1)

describe('incremental parse', () => {
  it('gives the tree of a full parse after edits at many places of corpus pages', () => {
    const documents = longDocuments(documentCount)
    expect(documents).toHaveLength(documentCount)
    const full = createProcessor({ highlight: false })
    const incremental = createProcessor({ highlight: false })
    let compared = 0
    for (const [index, document] of documents.entries()) {
      const lines = document.split('\n')
      const file = `/docs/long-${index}.svx`
      for (let at = 3; at < lines.length; at += Math.ceil(lines.length / places)) {
        for (const [name, edit] of edits) {
          const changed = [...lines]
          edit(changed, at)
          // The page as it was, then edited: the second parse is incremental.
          parseWith(incremental, document, file)
          const value = changed.join('\n')
          expect(parseWith(incremental, value, file), `${name} at line ${at + 1}`).toBe(
            parseWith(full, value),
          )
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(places * edits.length * documentCount * 0.9)
  }, 180_000)

  it('compiles an edited page exactly as a full compile does: code, map, data and warnings', async () => {
    const [document = ''] = longDocuments(1)
    const lines = document.split('\n')
    const incremental = createProcessor({})
    const compile = async (processor: ReturnType<typeof createProcessor>, value: string) => {
      const file = new VFile({ value, path: '/docs/long.svx' })
      await processor.process(file)
      return { code: String(file.value), map: file.map, data: file.data }
    }
    await compile(incremental, document)
    for (const at of [Math.floor(lines.length / 3), lines.length - 10]) {
      const changed = [...lines]
      changed[at] += ' edited {1 + 1}'
      const value = changed.join('\n')
      expect(await compile(incremental, value)).toEqual(await compile(createProcessor({}), value))
    }
  })
})
