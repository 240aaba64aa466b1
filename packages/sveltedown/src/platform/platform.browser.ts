import type { TextInitializer } from '../parse/linear-text-merge.js'
import type { PlatformFileSystem, PlatformPath } from './platform.js'

/**
 * The browser has no files: a layout or component path is a file that does not exist
 * (`component_not_found`), so layouts are off there and documents compile on their own.
 */
export const fs: PlatformFileSystem = {
  existsSync: () => false,
  statSync: () => undefined,
  readFileSync: (file) => {
    throw new Error(`Cannot read ${file}: there is no file system in the browser`)
  },
}

/** POSIX paths from a root of `/`, enough for the import paths a document writes. */
export const path: PlatformPath = {
  sep: '/',
  isAbsolute: (value) => value.startsWith('/'),
  resolve: (...paths) => {
    let resolved = ''
    for (const value of paths) resolved = value.startsWith('/') ? value : `${resolved}/${value}`
    return normalize(resolved)
  },
  relative: (from, to) => {
    const a = split(normalize(from))
    const b = split(normalize(to))
    let common = 0
    while (common < a.length && common < b.length && a[common] === b[common]) common++
    return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/')
  },
  dirname: (value) => {
    const at = value.replace(/\/+$/, '').lastIndexOf('/')
    return at > 0 ? value.slice(0, at) : at === 0 ? '/' : '.'
  },
}

export const cwd = (): string => '/'
/** No files: relative images and links to documents are left as written. */
export const hasFiles = false

/** micromark's initializers are not reachable from a bundle: long paragraphs parse more slowly. */
export async function micromarkTextInitializers(): Promise<TextInitializer[]> {
  return []
}

function split(value: string): string[] {
  return value.split('/').filter(Boolean)
}

function normalize(value: string): string {
  const parts: string[] = []
  for (const part of split(value)) {
    if (part === '..') parts.pop()
    else if (part !== '.') parts.push(part)
  }
  return `/${parts.join('/')}`
}
