import fs from 'node:fs/promises'
import path from 'node:path'

/** Folders that never hold a project's documents. */
const skipped = new Set(['node_modules', 'build', 'dist'])

/**
 * The project's documents: every file under `root` ending with one of `extensions`, outside
 * `node_modules`, build output and hidden folders (`.svelte-kit`, `.git`). Sorted, so output
 * is stable.
 */
export async function findDocuments(root: string, extensions: string[]): Promise<string[]> {
  const found: string[] = []
  const visit = async (folder: string) => {
    const entries = await fs.readdir(folder, { withFileTypes: true })
    await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !skipped.has(entry.name)) await visit(full)
        } else if (extensions.some((extension) => entry.name.endsWith(extension))) {
          found.push(full)
        }
      }),
    )
  }
  await visit(root)
  return found.sort()
}
