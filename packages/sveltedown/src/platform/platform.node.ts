import nodeFs from 'node:fs'
import { createRequire } from 'node:module'
import nodePath from 'node:path'
import { pathToFileURL } from 'node:url'
import type { TextInitializer } from '../parse/linear-text-merge.js'
import type { PlatformFileSystem, PlatformPath } from './platform.js'

export const fs: PlatformFileSystem = nodeFs
export const path: PlatformPath = nodePath
export const cwd = (): string => process.cwd()
/** Files can be read: relative images and links to documents are checked. */
export const hasFiles = true

/**
 * micromark's `text` and `string` initializers, from the copy of micromark that remark-parse
 * loads (its production and its development build: a test runner may use either). micromark does
 * not export them; they are loaded from their files to make their resolver linear (see
 * `linear-text-merge.ts`). With `import`, not `require`: under a loader such as tsx, `require`
 * gives other instances than the ones remark-parse imported. Empty when they cannot be found (a
 * bundle, another layout of micromark): parsing stays correct, only slower on long paragraphs.
 */
export async function micromarkTextInitializers(): Promise<TextInitializer[]> {
  let entry: string
  try {
    entry = createRequire(import.meta.url).resolve('micromark')
  } catch {
    return []
  }
  const found: TextInitializer[] = []
  for (const file of ['lib/initialize/text.js', 'dev/lib/initialize/text.js']) {
    try {
      const module = (await import(
        pathToFileURL(nodePath.join(nodePath.dirname(entry), file)).href
      )) as {
        text?: TextInitializer
        string?: TextInitializer
      }
      if (module.text) found.push(module.text)
      if (module.string) found.push(module.string)
    } catch {
      // Not in this layout of micromark.
    }
  }
  return found
}
