// The components the oracle tries in a folder. In Svelte's test samples (a `_config.js` next to a
// `main.svelte`) only `main.svelte` is an entry, the other files being what it imports; elsewhere
// every `.svelte` file is one.
import fs from 'node:fs'
import path from 'node:path'

/**
 * @param {string} folder
 * @param {string | undefined} entry only files with this name (default: see above)
 * @returns {{ file: string, config: string | undefined }[]} sorted by path
 */
export function findComponents(folder, entry) {
  const files = []
  const walk = (dir) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      if (item.name === 'node_modules' || item.name === '_output' || item.name.startsWith('.'))
        continue
      const full = path.join(dir, item.name)
      if (item.isDirectory()) walk(full)
      else if (item.name.endsWith('.svelte')) files.push(full)
    }
  }
  walk(folder)
  files.sort()
  const samples = files.some(
    (file) =>
      path.basename(file) === 'main.svelte' &&
      fs.existsSync(path.join(path.dirname(file), '_config.js')),
  )
  const name = entry ?? (samples ? 'main.svelte' : undefined)
  return files
    .filter((file) => !name || path.basename(file) === name)
    .map((file) => {
      const config = path.join(path.dirname(file), '_config.js')
      return { file, config: fs.existsSync(config) ? config : undefined }
    })
}

/**
 * Svelte's test suites compile their samples with these options (see their `shared.ts`/`test.ts`);
 * a sample's own `compileOptions` come on top. Other folders get Svelte's defaults.
 * @param {string} file
 */
export function suiteOptions(file) {
  if (file.includes('/runtime-runes/')) return { runes: true, experimental: { async: true } }
  if (file.includes('/runtime-legacy/')) return { runes: false }
  if (file.includes('/server-side-rendering/')) return { experimental: { async: true } }
  return {}
}
