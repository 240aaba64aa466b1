import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Code } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'

/** The shared corpus beside the repository (real documentation files), as bench/ reads it. */
export const corpusRoot = path.resolve(
  fileURLToPath(import.meta.url),
  '../../../../../../shared/corpus',
)

export interface Fence {
  file: string
  lang: string
  meta: string | undefined
  value: string
}

/** Every fenced block of the corpus's documentation files, in file order. */
export function corpusFences(): Fence[] {
  const files = fs
    .readdirSync(corpusRoot, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') && file.includes('documentation'))
    .sort()
  const fences: Fence[] = []
  for (const file of files) {
    const tree = fromMarkdown(fs.readFileSync(path.join(corpusRoot, file), 'utf8'))
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'code') {
        const code = node as Code
        fences.push({
          file,
          lang: code.lang ?? 'text',
          meta: code.meta ?? undefined,
          value: code.value,
        })
      }
      for (const child of node.children ?? [])
        visit(child as { type: string; children?: unknown[] })
    }
    visit(tree)
  }
  return fences
}
