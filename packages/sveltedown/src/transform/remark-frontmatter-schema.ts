import type { StandardSchemaV1 } from '@standard-schema/spec'
import type { Root } from 'mdast'
import picomatch from 'picomatch/posix.js'
import type { VFile } from 'vfile'
import { cwd, path } from '#platform'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { chosenLayoutName } from '../layout/resolve-layout.js'
import type { CompileOptions, ContentOptions } from '../options.js'
import { importFrontmatterImages } from './frontmatter-images.js'
import { frontmatterPathPosition } from './frontmatter-path-position.js'
import { schemaKeys } from './schema-keys.js'

declare module 'vfile' {
  interface DataMap {
    /** The key of the `content` option whose schema the frontmatter matched. */
    contentEntry: string
    /** The top-level keys that schema declares, present in the document or not. */
    contentKeys: readonly string[]
  }
}

/**
 * Validate the frontmatter with the schema of the first `content` entry that matches the
 * document (a glob on its path from `root`, or `layout:<name>`), and replace it with the
 * schema's output, so defaults and transforms reach `metadata` and the plugins after this one.
 * It runs right after the frontmatter is parsed: positions are those of the YAML as written.
 */
export function remarkFrontmatterSchema(options: CompileOptions = {}) {
  const entries = Object.entries(options.content ?? {}).map(([key, entry]) => ({
    key,
    entry,
    matches: key.startsWith('layout:') ? undefined : picomatch(key, { dot: true }),
  }))
  return async (tree: Root, file: VFile) => {
    if (entries.length === 0) return
    const relative = documentPath(options, file)
    const layout = chosenLayoutName(options, file)
    const found = entries.find(({ key, matches }) =>
      matches ? relative !== undefined && matches(relative) : key === `layout:${layout}`,
    )
    if (!found) return
    file.data.contentEntry = found.key
    const written = file.data.frontmatter ?? {}
    const result = await validate(found.entry, written)
    if (!result.issues) {
      const output = result.value as Record<string, unknown>
      // `layout:` picks the layout; a schema that does not declare it (zod drops unknown keys)
      // must not switch the document to another layout.
      if (Object.hasOwn(written, 'layout') && output && !Object.hasOwn(output, 'layout')) {
        output.layout = written.layout
      }
      file.data.frontmatter = output
      file.data.contentKeys = schemaKeys(found.entry.schema)
      if (found.entry.images?.length) {
        await importFrontmatterImages(
          file,
          output,
          found.entry.images,
          yamlOf(tree, options),
          options,
        )
      }
      return
    }
    const [issue, ...rest] = result.issues
    const segments = (issue?.path ?? []).map((segment) =>
      typeof segment === 'object' ? segment.key : segment,
    )
    const place = await frontmatterPathPosition(file, segments, yamlOf(tree, options))
    throw createDiagnostic(
      'frontmatter_schema',
      place.position,
      {
        path: formatPath(segments),
        missing: place.missing,
        reason: (issue?.message ?? 'invalid').replace(/\.$/, ''),
        entry: found.key,
        more: rest.length,
      },
      result.issues,
    )
  }
}

/** The YAML as written, for nested positions; not when it is TOML or a custom parser read it. */
function yamlOf(tree: Root, options: CompileOptions): string {
  const node = tree.children[0] as { type: string; value?: string } | undefined
  const customParser = options.frontmatter !== false && options.frontmatter?.parse
  return node?.type === 'yaml' && !customParser ? (node.value ?? '') : ''
}

async function validate(
  entry: ContentOptions,
  value: Record<string, unknown>,
): Promise<StandardSchemaV1.Result<unknown>> {
  const standard = entry?.schema?.['~standard']
  if (!standard || typeof standard.validate !== 'function') {
    throw new TypeError(
      'a `content` entry has no `schema` that implements Standard Schema (`~standard.validate`)',
    )
  }
  return standard.validate(value)
}

/** The document's path from `root`, with `/`, or `undefined` outside it (or without a name). */
function documentPath(options: CompileOptions, file: VFile): string | undefined {
  if (!file.path) return undefined
  const root = options.root ?? cwd()
  const relative = path.relative(root, path.resolve(root, file.path))
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return relative.split(/[\\/]/).join('/')
}

/** `author.name`, `tags[1]`, `links["a b"]`: the path as it would be written in JavaScript. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let text = ''
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) {
      text += text ? `.${segment}` : segment
    } else text += `[${JSON.stringify(String(segment))}]`
  }
  return text || '(the frontmatter)'
}
