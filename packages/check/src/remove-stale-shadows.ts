import fs from 'node:fs/promises'
import path from 'node:path'
import { shadowPaths } from './shadow-paths.js'

/**
 * Remove from the mirror every file that is not a shadow of one of `documents` (nor the
 * tsconfig): shadows of documents deleted or renamed since the last run must not be checked.
 * The others stay, so an unchanged document costs no write and its file keeps its time.
 */
export async function removeStaleShadows(
  root: string,
  mirror: string,
  documents: Iterable<string>,
): Promise<void> {
  const kept = new Set([path.join(mirror, 'tsconfig.json')])
  for (const document of documents) {
    const paths = shadowPaths(root, mirror, document)
    kept.add(paths.component)
    kept.add(paths.module)
  }
  let entries: string[]
  try {
    entries = await fs.readdir(mirror, { recursive: true })
  } catch {
    return
  }
  await Promise.all(
    entries
      .map((entry) => path.join(mirror, entry))
      .filter((file) => !kept.has(file))
      .map(async (file) => {
        const stat = await fs.lstat(file).catch(() => undefined)
        if (stat && !stat.isDirectory()) await fs.rm(file, { force: true })
      }),
  )
}
