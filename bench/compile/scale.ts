/**
 * Scaling runs: the corpus compiled 1, 5 and 10 times (as a site with that many documents),
 * and one document grown to about a megabyte, timed at each size. Linear means the time per
 * document (or per KiB) stays flat.
 */
import { type CompileOptions, compile } from 'sveltedown'
import type { Document } from './load-corpus.ts'

export interface ScaleResults {
  copies: Array<{
    config: string
    copies: number
    documents: number
    ms: number
    msPerDocument: number
  }>
  size: Array<{ config: string; kib: number; ms: number; msPerKib: number }>
}

const configs: Array<[string, CompileOptions]> = [
  ['defaults', {}],
  ['highlight: false', { highlight: false }],
]

export async function scale(
  documents: Document[],
  options: { copies: number[]; megabytes: number },
): Promise<ScaleResults> {
  const results: ScaleResults = { copies: [], size: [] }
  for (const [config, settings] of configs) {
    // Warm: processor, highlighter and languages loaded, so only compiling is timed.
    for (const document of documents)
      await compile(document.value, { ...settings, filename: document.path })
    for (const copies of options.copies) {
      const start = performance.now()
      for (let copy = 0; copy < copies; copy++) {
        for (const document of documents) {
          await compile(document.value, { ...settings, filename: `copy-${copy}/${document.path}` })
        }
      }
      const ms = performance.now() - start
      const count = documents.length * copies
      results.copies.push({ config, copies, documents: count, ms, msPerDocument: ms / count })
    }
  }

  const big = bigDocument(documents, options.megabytes * 1024 * 1024)
  for (const [config, settings] of configs) {
    for (const fraction of [1 / 8, 1 / 4, 1 / 2, 1]) {
      const source = big.text.slice(0, cutAt(big, Math.floor(big.text.length * fraction)))
      let best = Number.POSITIVE_INFINITY
      for (let round = 0; round < 3; round++) {
        const start = performance.now()
        await compile(source, { ...settings, filename: 'big.svx' })
        best = Math.min(best, performance.now() - start)
      }
      const kib = Buffer.byteLength(source) / 1024
      results.size.push({ config, kib, ms: best, msPerKib: best / kib })
    }
  }
  return results
}

/** Documents without their frontmatter, one after another, until `bytes` is reached. */
function bigDocument(documents: Document[], bytes: number) {
  let text = ''
  const boundaries: number[] = []
  while (text.length < bytes) {
    for (const document of documents) {
      text += `${document.value.replace(/^---\n[\s\S]*?\n---\n/, '')}\n\n`
      boundaries.push(text.length)
      if (text.length >= bytes) break
    }
  }
  return { text, boundaries }
}

/** The last document boundary at or before `index`, so no construct is cut in two. */
function cutAt(big: { boundaries: number[] }, index: number): number {
  return big.boundaries.filter((boundary) => boundary <= index).at(-1) ?? index
}
