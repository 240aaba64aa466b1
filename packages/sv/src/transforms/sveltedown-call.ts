import { quoted, type SourceStyle } from './source-edits.js'

/** What the add-on writes into the `sveltedown()` call. */
export interface SveltedownSettings {
  /** Path of the default layout, relative to the project root (`./src/lib/sveltedown/Layout.svelte`). */
  layout?: string | undefined
  /** Document extensions; left out of the call when they are the default `.svx` and `.mds`. */
  extensions?: string[] | undefined
}

export const DEFAULT_EXTENSIONS = ['.svx', '.mds']

export function isDefaultExtensions(extensions: string[] | undefined): boolean {
  return (
    !extensions ||
    (extensions.length === DEFAULT_EXTENSIONS.length &&
      DEFAULT_EXTENSIONS.every((extension) => extensions.includes(extension)))
  )
}

/** `sveltedown()` or `sveltedown({ layout: '...', extensions: [...] })` in the file's style. */
export function sveltedownCall(settings: SveltedownSettings, style: SourceStyle): string {
  const properties: string[] = []
  if (settings.layout) properties.push(`layout: ${quoted(settings.layout, style)}`)
  if (!isDefaultExtensions(settings.extensions)) {
    const list = (settings.extensions ?? []).map((extension) => quoted(extension, style))
    properties.push(`extensions: [${list.join(', ')}]`)
  }
  return properties.length ? `sveltedown({ ${properties.join(', ')} })` : 'sveltedown()'
}
