import fs from 'node:fs'
import path from 'node:path'

/**
 * Call `onChange` with a document's absolute path when it is saved, created or deleted, under
 * the root's own folders (not `node_modules`, build output or hidden folders). Changes to the
 * project's `.svelte` and `.ts` files are svelte-check's own watcher's.
 */
export function watchDocuments(
  root: string,
  extensions: string[],
  onChange: (document: string) => Promise<void>,
): () => void {
  const pending = new Map<string, NodeJS.Timeout>()
  let queue = Promise.resolve()
  const changed = (file: string) => {
    clearTimeout(pending.get(file))
    // Editors save in several writes: wait for the last one.
    pending.set(
      file,
      setTimeout(() => {
        pending.delete(file)
        queue = queue.then(() => onChange(file)).catch((error) => console.error(error))
      }, 100),
    )
  }
  const watchers: fs.FSWatcher[] = []
  const watch = (folder: string, recursive: boolean) => {
    watchers.push(
      fs.watch(folder, { recursive }, (_event, name) => {
        if (!name) return
        const file = path.join(folder, name.toString())
        if (extensions.some((extension) => file.endsWith(extension))) changed(file)
      }),
    )
  }
  watch(root, false)
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    if (['node_modules', 'build', 'dist'].includes(entry.name)) continue
    watch(path.join(root, entry.name), true)
  }
  return () => {
    for (const watcher of watchers) watcher.close()
    for (const timer of pending.values()) clearTimeout(timer)
  }
}
