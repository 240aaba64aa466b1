import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { normalizeHtml } from './normalize-html.ts'

export interface Example {
  example: number
  section: string
  extension: string | null
  markdown: string
  html: string
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export function loadExamples(file: 'commonmark-spec.json' | 'gfm-extensions.json'): Example[] {
  const json = readFileSync(path.resolve(repoRoot, '../shared/conformance', file), 'utf8')
  return JSON.parse(json) as Example[]
}

/** The reference pipeline the issue names: remark-parse → remark-rehype → rehype-raw → rehype-stringify. */
export function referenceHtml(markdown: string, gfm: boolean): string {
  const processor = unified().use(remarkParse)
  if (gfm) processor.use(remarkGfm)
  return String(
    processor
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeStringify)
      .processSync(markdown),
  )
}

/** Whether the reference pipeline renders the example correctly under our normalisation. */
export function referencePasses(example: Example, gfm: boolean): boolean {
  return normalizeHtml(referenceHtml(example.markdown, gfm)) === normalizeHtml(example.html)
}
