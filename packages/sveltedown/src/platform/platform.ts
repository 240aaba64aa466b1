/**
 * What the compiler asks of its host, in one place: paths, three file reads, and the working
 * directory. Only layouts and `components` need them. `#platform` resolves to Node's modules
 * (`platform.node.ts`) or, under the `browser` condition, to `platform.browser.ts`, which has no
 * files, so the browser entry imports no `node:*`.
 */
export interface PlatformPath {
  sep: string
  resolve(...paths: string[]): string
  relative(from: string, to: string): string
  dirname(path: string): string
  isAbsolute(path: string): boolean
}

export interface PlatformFileSystem {
  existsSync(file: string): boolean
  statSync(file: string, options: { throwIfNoEntry: false }): { mtimeMs: number } | undefined
  readFileSync(file: string, encoding: 'utf8'): string
}
