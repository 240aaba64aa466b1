import type { Plugin, PluginOption } from 'vite'

/**
 * Find a plugin by name in a Vite config's `plugins`, which may nest arrays and promises (as
 * `sveltekit()` returns a promise of an array). Awaiting the same promises gives the same plugin
 * objects Vite itself uses.
 */
export async function findPlugin(
  options: PluginOption[] | undefined,
  name: string,
): Promise<Plugin | undefined> {
  for (const option of options ?? []) {
    const resolved = await option
    if (!resolved) continue
    if (Array.isArray(resolved)) {
      const found = await findPlugin(resolved, name)
      if (found) return found
    } else if ((resolved as Plugin).name === name) return resolved as Plugin
  }
  return undefined
}
