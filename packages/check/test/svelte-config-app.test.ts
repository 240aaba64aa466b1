import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { copyApp, errorPage, expectedErrors, write } from './utils/pages.ts'
import { cli, run } from './utils/run.ts'

const page = errorPage()
const roots: string[] = []

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true })
})

describe('sveltedown check in projects with svelte.config.js', () => {
  test('the svelte.config app (Vite plugin): human output at .svx lines, exit code 1', async () => {
    const root = copyApp('kit-svelte-config')
    roots.push(root)
    write(root, 'src/routes/checked/+page.svx', page)
    // A Svelte warning, left out by `--threshold error`.
    write(root, 'src/routes/warned/+page.svx', '# Warned\n\n<img src="/a.png">\n')
    const { code, stdout } = await run('node', [cli, '--threshold', 'error'], { cwd: root })
    expect(stdout).not.toContain('warned')
    expect(code).toBe(1)
    for (const error of expectedErrors(page)) {
      // `src/routes/checked/+page.svx:12:7 Error: Type 'string' is not assignable…`, then the frame.
      const heading = `src/routes/checked/+page.svx:${error.at.line}:${error.at.column} Error: `
      const at = stdout.indexOf(heading)
      expect(at, heading).toBeGreaterThanOrEqual(0)
      const [message, ...frame] = stdout.slice(at + heading.length).split('\n')
      expect(message).toMatch(error.message)
      expect(frame.join('\n')).toContain(
        `${error.at.line} | ${page.split('\n')[error.at.line - 1]}`,
      )
    }
    expect(stdout).toContain('sveltedown check found 4 errors and 0 warnings in 1 file')
  })

  test('the preprocessor in svelte.config.js: its options are read, errors reported (--output machine)', async () => {
    const root = copyApp('kit-svelte-config')
    roots.push(root)
    // No Vite plugin: `sveltedown()` is a preprocessor, with the layout and a `.md` extension.
    fs.writeFileSync(
      path.join(root, 'vite.config.js'),
      `import { sveltekit } from '@sveltejs/kit/vite'\nimport { defineConfig } from 'vite'\n\nexport default defineConfig({ plugins: [sveltekit()] })\n`,
    )
    fs.writeFileSync(
      path.join(root, 'svelte.config.js'),
      `import adapter from '@sveltejs/adapter-static'
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'
import { sveltedown } from 'sveltedown'

const extensions = ['.svx', '.md']

/** @type {import('@sveltejs/kit').Config} */
export default {
  extensions: ['.svelte', ...extensions],
  preprocess: [vitePreprocess(), sveltedown({ extensions, layout: './src/lib/Layout.svelte' })],
  kit: { adapter: adapter() },
}
`,
    )
    write(root, 'src/routes/checked/+page.md', page)
    // The layout comes from the preprocessor's options: its props are checked.
    write(root, 'src/routes/layout/+page.svx', '---\ndescription: 42\n---\n\nText\n')
    const { code, stdout } = await run('node', [cli, '--output', 'machine'], { cwd: root })
    expect(code).toBe(1)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^\d+ START /)
    for (const error of expectedErrors(page)) {
      const line = lines.find((l) =>
        l.includes(`ERROR "src/routes/checked/+page.md" ${error.at.line}:${error.at.column} `),
      )
      expect(line, String(error.message)).toBeDefined()
      expect(JSON.parse(line?.replace(/^.*? \d+:\d+ /, '') ?? '""')).toMatch(error.message)
    }
    expect(stdout).toContain('ERROR "src/routes/layout/+page.svx" 2:14 ')
    expect(lines.at(-1)).toMatch(/ COMPLETED \d+ FILES 5 ERRORS 0 WARNINGS 2 FILES_WITH_PROBLEMS$/)
  })

  test('a page with only a warning exits 0, and 1 with --fail-on-warnings', async () => {
    const root = copyApp('kit-svelte-config')
    roots.push(root)
    write(root, 'src/routes/warned/+page.svx', '# Warned\n\n<img src="/a.png">\n')
    const plain = await run('node', [cli], { cwd: root })
    expect(plain.stdout).toContain(
      'src/routes/warned/+page.svx:3:1 Warn: `<img>` element should have an alt attribute',
    )
    expect(plain.stdout).toContain('sveltedown check found 0 errors and 1 warning in 1 file')
    expect(plain.code).toBe(0)
    const strict = await run('node', [cli, '--fail-on-warnings'], { cwd: root })
    expect(strict.stdout).toContain('sveltedown check found 0 errors and 1 warning in 1 file')
    expect(strict.code).toBe(1)
  })
})
