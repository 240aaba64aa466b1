import fs from 'node:fs'
import path from 'node:path'

/**
 * Where shadows live: a hidden mirror of the project, inside `.svelte-kit` for a SvelteKit app
 * (already git-ignored, and beside the generated types the shadows import as `./$types`). A
 * document `src/routes/+page.svx` has its shadow component at
 * `<mirror>/src/routes/+page.svx.svelte`, and `<mirror>/src/routes/+page.svx.ts` re-exports it so
 * that `import Post from './post.svx'` in the project's own files resolves to it (through
 * `rootDirs`, as SvelteKit does for `./$types`).
 */
export function shadowFolder(root: string, tool = 'sveltedown-check'): string {
  // The language server keeps its own mirror (`tool`), which a running check never removes.
  return fs.existsSync(path.join(root, '.svelte-kit'))
    ? path.join(root, '.svelte-kit', tool)
    : path.join(root, `.${tool}`)
}

export function shadowPaths(root: string, mirror: string, document: string) {
  const base = path.join(mirror, path.relative(root, document))
  return { component: `${base}.svelte`, module: `${base}.ts` }
}

/** A path relative to the root, with `/`, as diagnostics show it. */
export function displayPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}
