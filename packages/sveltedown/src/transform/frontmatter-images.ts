import type { VFile } from 'vfile'
import { importImage } from '../assets/import-image.js'
import type { CompileOptions } from '../options.js'
import { ModuleImport } from '../serialize/to-js-value.js'
import { frontmatterPathPosition } from './frontmatter-path-position.js'

/**
 * Import the images named by `fields` (`'cover'`, `'author.avatar'`, `'gallery[]'`) in the
 * schema's output `data`, as the document's own images are imported: a relative path becomes a
 * `ModuleImport`, written into `metadata` as the identifier of the imported URL. A missing file
 * is `asset_not_found` at the value in the frontmatter (`yaml` is its text, for positions).
 */
export async function importFrontmatterImages(
  file: VFile,
  data: Record<string, unknown>,
  fields: readonly string[],
  yaml: string,
  options: Pick<CompileOptions, 'images'>,
): Promise<void> {
  for (const field of fields) {
    await replaceAt(data, fieldPath(field), [], async (value, path) => {
      if (typeof value !== 'string') return value
      const { position } = await frontmatterPathPosition(file, path, yaml)
      const identifier = importImage(file, value, position, options)
      const imported = file.data.svelteImports?.find((item) => item.identifier === identifier)
      return imported ? new ModuleImport(imported.identifier, imported.from) : value
    })
  }
}

/** `author.avatar` → `['author', 'avatar']`; `gallery[].src` → `['gallery', '[]', 'src']`. */
function fieldPath(field: string): string[] {
  return field
    .replace(/\[\]/g, '.[]')
    .split('.')
    .filter((part) => part !== '')
}

type Replace = (value: unknown, path: PropertyKey[]) => Promise<unknown>

/** Replace the values at `tokens` (`[]` is every item of a list) with what `replace` returns. */
async function replaceAt(
  value: unknown,
  tokens: string[],
  path: PropertyKey[],
  replace: Replace,
): Promise<unknown> {
  const [head, ...rest] = tokens
  if (head === undefined) return replace(value, path)
  if (head === '[]') {
    if (!Array.isArray(value)) return value
    for (let index = 0; index < value.length; index++) {
      value[index] = await replaceAt(value[index], rest, [...path, index], replace)
    }
    return value
  }
  if (!value || typeof value !== 'object' || !Object.hasOwn(value, head)) return value
  const record = value as Record<string, unknown>
  record[head] = await replaceAt(record[head], rest, [...path, head], replace)
  return value
}
