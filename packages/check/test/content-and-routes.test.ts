import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { copyApp, locate, write } from './utils/pages.ts'
import { cli, type Run, run } from './utils/run.ts'

/**
 * The blog of fixtures/apps/kit-content (`content: './src/content.config.ts'`, where `tags` is a
 * list of strings) with its routes folder moved to `src/pages` in SvelteKit's config
 * (`files.routes`): one check finds a post that fails the schema and resolves links between
 * pages in the moved folder.
 */
let root: string
let result: Run
const broken = '---\ntitle: Broken\ndate: 2026-06-01\ntags:\n  - svelte\n  - 7\n---\n\nText.\n'
const linking =
  '---\ntitle: Links\ndate: 2026-06-02\n---\n\nSee [hello](../hello-world/+page.svx) and [install](../hello-world/+page.svx#install).\n'

beforeAll(async () => {
  root = copyApp('kit-content')
  fs.renameSync(path.join(root, 'src/routes'), path.join(root, 'src/pages'))
  for (const file of [
    'vite.config.ts',
    'src/content.config.ts',
    'src/lib/posts.ts',
    'src/lib/typed.ts',
  ]) {
    const full = path.join(root, file)
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replaceAll('routes/', 'pages/'))
  }
  const config = path.join(root, 'vite.config.ts')
  fs.writeFileSync(
    config,
    fs
      .readFileSync(config, 'utf8')
      .replace('adapter: adapter(),', "adapter: adapter(), files: { routes: 'src/pages' },"),
  )
  write(root, 'src/pages/blog/broken/+page.svx', broken)
  write(root, 'src/pages/blog/links/+page.svx', linking)
  result = await run('node', [cli], { cwd: root })
})

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true })
})

/** The message and frame reported at `file:line:column`, in the human output. */
function reported(file: string, at: { line: number; column: number }, label: 'Error' | 'Warn') {
  const heading = `${file}:${at.line}:${at.column} ${label}: `
  const start = result.stdout.indexOf(heading)
  expect(start, result.stdout).toBeGreaterThanOrEqual(0)
  const [message, ...frame] = result.stdout.slice(start + heading.length).split('\n')
  return { message, frame: frame.join('\n') }
}

describe('sveltedown check: frontmatter schemas and the routes folder', () => {
  test('a post that fails the schema: frontmatter_schema at the value, with its frame; exit 1', () => {
    const at = locate(broken, '7\n---')
    const { message, frame } = reported('src/pages/blog/broken/+page.svx', at, 'Error')
    expect(message).toBe(
      'Unexpected value at `tags[1]` in frontmatter (Invalid input: expected string, received number), expected it to match the schema for `src/pages/blog/*/+page.svx` (frontmatter_schema)',
    )
    expect(frame).toContain(`${at.line} |   - 7`)
    expect(result.code).toBe(1)
  })

  test('links resolve against the routes folder of the SvelteKit config (`files.routes`)', () => {
    // The page is found in `src/pages`: only its missing `#install` is reported.
    const at = locate(linking, '[install]')
    const { message } = reported('src/pages/blog/links/+page.svx', at, 'Warn')
    expect(message).toBe(
      'Unexpected `#install` in link to `../hello-world/+page.svx#install`, expected the id of a heading in `src/pages/blog/hello-world/+page.svx` (it has no heading ids) (link_broken)',
    )
    expect(result.stdout).toContain('sveltedown check found 1 error and 1 warning in 2 files')
  })
})
