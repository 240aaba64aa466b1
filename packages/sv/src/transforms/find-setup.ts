import type { AstNode } from './parse-script.js'
import { type ImportInfo, readImports } from './parse-script.js'
import { SetupError } from './setup-error.js'

/** The packages whose import means sveltedown is already set up in a config file. */
export const SVELTEDOWN_SOURCES = ['@sveltedown/kit', 'sveltedown']

/** Which sveltedown package a config already imports, if any. */
export function findSveltedownImport(imports: ImportInfo[]): ImportInfo | undefined {
  return imports.find((entry) => SVELTEDOWN_SOURCES.includes(entry.source))
}

/**
 * mdsvex and sveltedown both claim `.svx`: refuse rather than set up two compilers for the same
 * files. Moving from mdsvex is a manual step (documented in the README).
 */
export function assertNoMdsvex(program: AstNode, filename: string) {
  if (readImports(program).some((entry) => entry.source === 'mdsvex')) {
    throw new SetupError(
      'mdsvex_configured',
      `${filename} uses mdsvex, which also compiles .svx files. sveltedown replaces it: remove mdsvex from ${filename} (its preprocessor and extensions), then run \`npx sv add @sveltedown\` again.`,
    )
  }
}
