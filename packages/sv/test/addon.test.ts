import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Workspace } from 'sv'
import { afterEach, describe, expect, test, vi } from 'vitest'
import addon from '../src/index.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/sv')
const folders: string[] = []

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A workspace as sv gives it to add-ons, over a folder with `files`. */
function workspace(files: Record<string, string>): Workspace {
  const cwd = mkdtempSync(path.join(tmpdir(), 'sveltedown-sv-addon-'))
  folders.push(cwd)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true })
    writeFileSync(path.join(cwd, file), content)
  }
  return {
    cwd,
    language: 'ts',
    isKit: true,
    directory: { src: 'src', lib: 'src/lib', kitRoutes: 'src/routes' },
    dependencyVersion: (name: string) => (name === '@sveltejs/kit' ? '2.63.0' : undefined),
    packageManager: 'pnpm',
    file: {} as Workspace['file'],
  }
}

/** sv's file API: read, edit, write (as `sv` does, immediately). */
function svApi(cwd: string) {
  const written: string[] = []
  return {
    written,
    api: {
      file(file: string, edit: (content: string) => string | false) {
        const full = path.join(cwd, file)
        let content = ''
        try {
          content = readFileSync(full, 'utf8')
        } catch {}
        const result = edit(content)
        if (result === false || result === '') return
        mkdirSync(path.dirname(full), { recursive: true })
        writeFileSync(full, result)
        written.push(file)
      },
      dependency: vi.fn(),
      devDependency: vi.fn(),
      execute: vi.fn(),
      pnpmBuildDependency: vi.fn(),
    },
  }
}

const viteConfig = readFileSync(
  path.join(fixtures, 'vite-plugin/sv-create-typescript/input.ts'),
  'utf8',
)

describe('the add-on', () => {
  test('its options: the extensions and the example page', () => {
    expect(addon.id).toBe('sveltedown')
    expect(addon.options.extensions.default).toEqual(['.svx', '.mds'])
    expect(addon.options.example.default).toBe('yes')
    // `yes` and `no` as when the question was yes/no, and `docs`.
    expect(addon.options.example.options.map((option) => option.value)).toEqual([
      'yes',
      'docs',
      'no',
    ])
  })

  test('example:docs writes the docs section; an unknown example cancels before writing', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const project = workspace({ 'vite.config.ts': viteConfig, 'src/app.d.ts': 'export {};\n' })
    const sv = svApi(project.cwd)
    const cancel = vi.fn()
    const run = (example: string) =>
      addon.run({
        ...project,
        sv: sv.api,
        cancel,
        options: { extensions: ['.svx', '.mds'], example: example as 'docs' },
      })
    await run('pages')
    expect(cancel).toHaveBeenCalledWith("Unknown example 'pages': expected yes, docs or no")
    expect(sv.written).toEqual([])
    await run('docs')
    expect(sv.written).toContain('src/routes/docs/+page.svx')
    expect(sv.written).toContain('src/routes/docs/search.json/+server.ts')
    expect(sv.written).not.toContain('src/routes/sveltedown/+page.svx')
    const steps = addon.nextSteps?.({
      ...project,
      options: { extensions: ['.svx'], example: 'docs' },
    })
    expect(steps?.join('\n')).toContain('/docs')
  })

  test('setup refuses projects that are not SvelteKit, or whose config it cannot edit', async () => {
    const unsupported = vi.fn()
    const base = { dependsOn: vi.fn(), runsAfter: vi.fn(), addOption: vi.fn(), unsupported }
    await addon.setup?.({ ...workspace({}), isKit: false, ...base })
    expect(unsupported).toHaveBeenLastCalledWith(
      'sveltedown needs a SvelteKit project (no @sveltejs/kit found)',
    )
    await addon.setup?.({ ...workspace({ 'vite.config.js': 'export default {' }), ...base })
    expect(unsupported.mock.lastCall?.[0]).toMatch(/^Could not parse vite\.config\.js \(line 1\)/)
    unsupported.mockClear()
    await addon.setup?.({ ...workspace({ 'vite.config.ts': viteConfig }), ...base })
    // `sv create --add @sveltedown` runs setup before the template's files are written.
    await addon.setup?.({ ...workspace({}), ...base })
    expect(unsupported).not.toHaveBeenCalled()
  })

  test('run writes every file and adds the dependencies', async () => {
    const project = workspace({ 'vite.config.ts': viteConfig, 'src/app.d.ts': 'export {};\n' })
    const sv = svApi(project.cwd)
    const cancel = vi.fn()
    vi.spyOn(console, 'log').mockImplementation(() => {})
    await addon.run({
      ...project,
      sv: sv.api,
      cancel,
      options: { extensions: ['.svx', '.mds'], example: 'yes' },
    })
    expect(cancel).not.toHaveBeenCalled()
    expect(sv.written).toHaveLength(6)
    expect(sv.api.devDependency).toHaveBeenCalledWith('sveltedown', '^0.1.0')
    expect(sv.api.devDependency).toHaveBeenCalledWith('@sveltedown/kit', '^0.1.0')
    expect(console.log).toHaveBeenCalledWith(
      expect.stringContaining('created src/routes/sveltedown/+page.svx'),
    )
    const steps = addon.nextSteps?.({
      ...project,
      options: { extensions: ['.svx'], example: 'yes' },
    })
    expect(steps?.join('\n')).toContain('/sveltedown')
  })

  test('run cancels without writing anything when the project cannot be set up', async () => {
    const project = workspace({
      'vite.config.ts': viteConfig,
      'svelte.config.js':
        "import { mdsvex } from 'mdsvex';\nexport default { preprocess: [mdsvex()] };\n",
    })
    const sv = svApi(project.cwd)
    const cancel = vi.fn()
    await addon.run({
      ...project,
      sv: sv.api,
      cancel,
      options: { extensions: ['.svx', '.mds'], example: 'yes' },
    })
    expect(cancel.mock.lastCall?.[0]).toMatch(/^svelte\.config\.js uses mdsvex/)
    expect(sv.written).toEqual([])
    expect(sv.api.devDependency).not.toHaveBeenCalled()
  })
})
