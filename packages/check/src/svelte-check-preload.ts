/**
 * Loaded with `node --import` before svelte-check's own entry, in the process `sveltedown check`
 * starts at once: it loads what svelte-check loads first (TypeScript and Svelte's compiler, most
 * of its start-up) while the check is still loading the project's config and compiling the
 * documents, then waits. The check sends svelte-check's arguments as one JSON line on stdin
 * once the shadows are written (svelte-check reads its list of files when it starts); stdin
 * closed without them means the check gave up, and the process ends without running it.
 */
import { createRequire } from 'node:module'

const entry = process.argv[1] ?? ''
const require = createRequire(entry)
// The same modules svelte-check requires, resolved from its own place, so its `require` finds
// them loaded.
for (const name of ['typescript', 'svelte/compiler']) {
  try {
    require(name)
  } catch {}
}

const args = await new Promise<string[] | undefined>((resolve) => {
  let text = ''
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (chunk: string) => {
    text += chunk
    const newline = text.indexOf('\n')
    if (newline < 0) return
    resolve(JSON.parse(text.slice(0, newline)) as string[])
    process.stdin.destroy()
  })
  process.stdin.once('end', () => resolve(undefined))
  process.stdin.once('error', () => resolve(undefined))
})
if (!args) process.exit(0)
process.argv.splice(2, process.argv.length, ...args)
