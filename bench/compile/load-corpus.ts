import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Document {
  path: string
  value: string
}

/** The shared corpus beside the repository: real documentation files. */
export const corpusRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../shared/corpus')

export function loadCorpus(limit = Number.POSITIVE_INFINITY): Document[] {
  const files = fs
    .readdirSync(corpusRoot, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') && file.includes('documentation'))
    .sort()
    .slice(0, limit)
  return files.map((file) => ({
    path: path.join(corpusRoot, file),
    value: fs.readFileSync(path.join(corpusRoot, file), 'utf8'),
  }))
}
