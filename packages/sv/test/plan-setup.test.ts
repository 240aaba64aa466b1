import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compile, parse } from 'svelte/compiler'
import { describe, expect, test } from 'vitest'
import { type Project, planSetup, type SetupOptions, SVELTEDOWN_RANGE } from '../src/plan-setup.ts'
import { SetupError } from '../src/transforms/setup-error.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/sv')
const svCreateViteConfig = readFileSync(
  path.join(fixtures, 'vite-plugin/sv-create-typescript/input.ts'),
  'utf8',
)
const svCreateAppTypes = readFileSync(
  path.join(fixtures, 'types-reference/sv-create-app-d-ts/input.ts'),
  'utf8',
)

/** A project in memory; `apply` writes a plan into it, as the add-on does through `sv.file`. */
function memoryProject(
  files: Record<string, string>,
  overrides: Partial<Omit<Project, 'read'>> = {},
): Project & { files: Record<string, string>; apply(plan: ReturnType<typeof planSetup>): void } {
  const dependencies: Record<string, string> = { '@sveltejs/kit': '2.63.0' }
  return {
    files,
    read: (file) => files[file] ?? null,
    language: 'ts',
    directory: { src: 'src', lib: 'src/lib', routes: 'src/routes' },
    libImport: '$lib',
    dependencyVersion: (name) => dependencies[name],
    ...overrides,
    apply(plan) {
      for (const write of plan.writes) files[write.path] = write.content
      for (const dependency of plan.dependencies) dependencies[dependency.name] = dependency.version
    },
  }
}

const defaults: SetupOptions = { extensions: ['.svx', '.mds'], example: 'page' }

describe('planSetup', () => {
  test('sets up a project made by `npx sv create`, then changes nothing the second time', () => {
    const project = memoryProject({
      'vite.config.ts': svCreateViteConfig,
      'src/app.d.ts': svCreateAppTypes,
    })
    const first = planSetup(project, defaults)
    expect(first.writes.map((write) => [write.action, write.path])).toEqual([
      ['edit', 'vite.config.ts'],
      ['edit', 'src/app.d.ts'],
      ['create', 'src/lib/sveltedown/Layout.svelte'],
      ['create', 'src/lib/sveltedown/shiki.css'],
      ['create', 'src/lib/sveltedown/Counter.svelte'],
      ['create', 'src/routes/sveltedown/+page.svx'],
    ])
    expect(first.dependencies).toEqual([
      { name: 'sveltedown', version: SVELTEDOWN_RANGE },
      { name: '@sveltedown/kit', version: SVELTEDOWN_RANGE },
    ])
    expect(first.config).toEqual({ path: 'vite.config.ts', as: 'vite-plugin' })
    expect(first.example).toEqual({ route: '/sveltedown', path: 'src/routes/sveltedown/+page.svx' })

    project.apply(first)
    const second = planSetup(project, defaults)
    expect(second.writes).toEqual([])
    expect(second.dependencies).toEqual([])
    expect(second.kept.map((kept) => kept.path)).toEqual([
      'vite.config.ts',
      'src/app.d.ts',
      'src/lib/sveltedown/Layout.svelte',
      'src/lib/sveltedown/shiki.css',
      'src/lib/sveltedown/Counter.svelte',
      'src/routes/sveltedown/+page.svx',
      'package.json: sveltedown',
      'package.json: @sveltedown/kit',
    ])
  })

  test('never overwrites a file the user has, and says so', () => {
    const project = memoryProject({
      'vite.config.ts': svCreateViteConfig,
      'src/app.d.ts': svCreateAppTypes,
      'src/lib/sveltedown/Layout.svelte': '<slot />\n',
    })
    const plan = planSetup(project, defaults)
    expect(plan.writes.map((write) => write.path)).not.toContain('src/lib/sveltedown/Layout.svelte')
    expect(plan.kept).toContainEqual({
      path: 'src/lib/sveltedown/Layout.svelte',
      reason: 'exists: kept yours, not overwritten',
    })
  })

  test('keeps declared dependency ranges', () => {
    const project = memoryProject(
      { 'vite.config.ts': svCreateViteConfig },
      { dependencyVersion: (name) => (name === 'sveltedown' ? '0.2.0' : undefined) },
    )
    const plan = planSetup(project, defaults)
    expect(plan.dependencies.map((d) => d.name)).toEqual(['@sveltedown/kit'])
  })

  test('a classic project (svelte.config.js) gets the Vite plugin; its Svelte config is left alone', () => {
    const svelteConfig = readFileSync(
      path.join(fixtures, 'svelte-config/classic-sv-template/input.js'),
      'utf8',
    )
    const project = memoryProject({
      'svelte.config.js': svelteConfig,
      'vite.config.js': readFileSync(
        path.join(fixtures, 'vite-plugin/inline-plugins-array/input.js'),
        'utf8',
      ),
    })
    const plan = planSetup(project, defaults)
    expect(plan.config).toEqual({ path: 'vite.config.js', as: 'vite-plugin' })
    expect(plan.writes.map((write) => write.path)).not.toContain('svelte.config.js')
  })

  test('falls back to the preprocessor when the Vite plugins cannot be found', () => {
    const project = memoryProject({
      'svelte.config.js': readFileSync(
        path.join(fixtures, 'svelte-config/classic-sv-template/input.js'),
        'utf8',
      ),
      'vite.config.js': readFileSync(
        path.join(fixtures, 'vite-plugin/plugins-from-a-function/input.js'),
        'utf8',
      ),
    })
    const plan = planSetup(project, defaults)
    expect(plan.config).toEqual({ path: 'svelte.config.js', as: 'preprocessor' })
    project.apply(plan)
    expect(project.files['svelte.config.js']).toContain(
      "preprocess: [vitePreprocess(), sveltedown({ layout: './src/lib/sveltedown/Layout.svelte' })]",
    )
    expect(planSetup(project, defaults).writes).toEqual([])
  })

  test('a project already using the sveltedown preprocessor keeps it', () => {
    const project = memoryProject({
      'svelte.config.js': readFileSync(
        path.join(fixtures, 'svelte-config/already-set-up/input.js'),
        'utf8',
      ),
      'vite.config.js': readFileSync(
        path.join(fixtures, 'vite-plugin/inline-plugins-array/input.js'),
        'utf8',
      ),
    })
    const plan = planSetup(project, defaults)
    expect(plan.config).toEqual({ path: 'svelte.config.js', as: 'preprocessor' })
    expect(plan.writes.map((write) => write.path)).not.toContain('vite.config.js')
  })

  test('JavaScript without type checking: no app.d.ts, components without TypeScript', () => {
    const project = memoryProject({ 'vite.config.js': svCreateViteConfig }, { language: 'js' })
    const plan = planSetup(project, defaults)
    expect(plan.writes.map((write) => write.path)).not.toContain('src/app.d.ts')
    expect(plan.kept).toContainEqual({
      path: 'src/app.d.ts',
      reason: 'not created: the project has no type checking',
    })
    for (const write of plan.writes) expect(write.content).not.toContain('lang="ts"')
  })

  test('a TypeScript project without app.d.ts gets one', () => {
    const project = memoryProject({ 'vite.config.ts': svCreateViteConfig })
    const plan = planSetup(project, defaults)
    expect(plan.writes).toContainEqual({
      path: 'src/app.d.ts',
      action: 'create',
      content: '/// <reference types="@sveltedown/kit/types" />\n',
    })
  })

  test('options: extensions go into the plugin call; no example page', () => {
    const project = memoryProject({ 'vite.config.ts': svCreateViteConfig })
    const plan = planSetup(project, { extensions: ['.md'], example: 'none' })
    const viteConfig = plan.writes.find((write) => write.path === 'vite.config.ts')
    expect(viteConfig?.content).toContain(
      "sveltedown({ layout: './src/lib/sveltedown/Layout.svelte', extensions: ['.md'] })",
    )
    expect(plan.example).toBeUndefined()
    expect(plan.writes.map((write) => write.path)).not.toContain(
      'src/lib/sveltedown/Counter.svelte',
    )
  })

  test('an example page uses the first extension when .svx is not one', () => {
    const project = memoryProject({ 'vite.config.ts': svCreateViteConfig }, { libImport: '#lib' })
    const plan = planSetup(project, { extensions: ['.md'], example: 'page' as const })
    const page = plan.writes.find((write) => write.path === 'src/routes/sveltedown/+page.md')
    expect(page?.content).toContain("import Counter from '#lib/sveltedown/Counter.svelte';")
  })

  test.each([
    ['no Vite config', {}, 'config_not_found'],
    [
      'mdsvex in svelte.config.js',
      {
        'vite.config.ts': svCreateViteConfig,
        'svelte.config.js': readFileSync(
          path.join(fixtures, 'svelte-config/mdsvex-configured/input.js'),
          'utf8',
        ),
      },
      'mdsvex_configured',
    ],
    [
      'an unknown Vite config and no Svelte config',
      {
        'vite.config.js': readFileSync(
          path.join(fixtures, 'vite-plugin/plugins-from-a-function/input.js'),
          'utf8',
        ),
      },
      'config_shape_unknown',
    ],
  ] as const)('unsupported: %s', (_, files, code) => {
    const project = memoryProject({ ...files })
    expect(() => planSetup(project, defaults)).toThrow(SetupError)
    try {
      planSetup(project, defaults)
    } catch (error) {
      expect((error as SetupError).code).toBe(code)
    }
  })

  test('the generated components compile, in TypeScript and in JavaScript', () => {
    for (const language of ['ts', 'js'] as const) {
      for (const example of ['page', 'docs'] as const) {
        const project = memoryProject({ 'vite.config.ts': svCreateViteConfig }, { language })
        for (const write of planSetup(project, { ...defaults, example }).writes) {
          if (!write.path.endsWith('.svelte')) continue
          const result = compile(write.content, { filename: write.path, runes: true })
          expect(result.warnings, write.path).toEqual([])
        }
      }
    }
  })

  test('example docs: a docs section at /docs; the config is the same; safe to run twice', () => {
    const project = memoryProject({
      'vite.config.ts': svCreateViteConfig,
      'src/app.d.ts': svCreateAppTypes,
    })
    const docs: SetupOptions = { ...defaults, example: 'docs' }
    const plan = planSetup(project, docs)
    expect(plan.writes.map((write) => write.path)).toEqual([
      'vite.config.ts',
      'src/app.d.ts',
      'src/lib/sveltedown/Layout.svelte',
      'src/lib/sveltedown/shiki.css',
      'src/lib/docs/pages.ts',
      'src/lib/docs/search.ts',
      'src/lib/docs/Search.svelte',
      'src/lib/docs/Toc.svelte',
      'src/lib/docs/ThemeToggle.svelte',
      'src/lib/docs/docs.css',
      'src/routes/docs/+layout.svelte',
      'src/routes/docs/search.json/+server.ts',
      'src/routes/docs/+page.svx',
      'src/routes/docs/getting-started/+page.svx',
      'src/routes/docs/writing/+page.svx',
    ])
    expect(plan.example).toEqual({ route: '/docs', path: 'src/routes/docs/+page.svx' })
    // The pages are documents like any other: the default layout, no config of their own.
    const config = (options: SetupOptions) =>
      planSetup(memoryProject({ 'vite.config.ts': svCreateViteConfig }), options).writes[0]
    expect(config(docs)).toEqual(config(defaults))

    project.apply(plan)
    expect(planSetup(project, docs).writes).toEqual([])
    // Added to a project set up before: only the docs files are written.
    const later = memoryProject({ 'vite.config.ts': svCreateViteConfig })
    later.apply(planSetup(later, defaults))
    const added = planSetup(later, docs).writes.map((write) => write.path)
    expect(added).toHaveLength(11)
    expect(added.every((path) => /^src\/(lib|routes)\/docs\//.test(path))).toBe(true)
  })

  test('example docs follows the project: extension, lib import, folders, language', () => {
    const project = memoryProject(
      { 'vite.config.js': svCreateViteConfig },
      {
        language: 'js',
        libImport: '#lib',
        directory: { src: 'app', lib: 'app/lib', routes: 'app/routes' },
      },
    )
    const plan = planSetup(project, { extensions: ['.md'], example: 'docs' })
    const file = (path: string) => plan.writes.find((write) => write.path === path)?.content ?? ''
    expect(file('app/lib/docs/pages.js')).toContain(
      "import.meta.glob('/app/routes/docs/**/+page.md', { eager: true, query: '?metadata' })",
    )
    // A JSDoc cast: Vite's glob types take the module type only as a type argument.
    expect(file('app/lib/docs/pages.js')).toContain(
      "export const components = /** @type {Record<string, () => Promise<{ default: import('svelte').Component }>>} */ (",
    )
    expect(file('app/routes/docs/+layout.svelte')).toContain(
      "import { pages } from '#lib/docs/pages';",
    )
    expect(file('app/routes/docs/search.json/+server.js')).toContain(
      "import { components, hrefOf, pages } from '#lib/docs/pages';",
    )
    expect(file('app/routes/docs/writing/+page.md')).toContain('title: Writing pages')
  })

  test("the docs example's modules parse; in JavaScript they hold no TypeScript", () => {
    for (const language of ['ts', 'js'] as const) {
      const project = memoryProject({ 'vite.config.ts': svCreateViteConfig }, { language })
      const modules = planSetup(project, { ...defaults, example: 'docs' }).writes.filter((write) =>
        /\/docs\/.*\.(ts|js)$/.test(write.path),
      )
      expect(modules.map((write) => write.path.endsWith(`.${language}`))).toEqual([
        true,
        true,
        true,
      ])
      for (const write of modules) {
        // Svelte's parser reads a script as JavaScript, or as TypeScript with lang="ts".
        const lang = language === 'ts' ? ' lang="ts"' : ''
        expect(() => parse(`<script${lang}>${write.content}</script>`), write.path).not.toThrow()
        if (language === 'js') expect(write.content, write.path).toContain('@type {')
      }
    }
  })
})

describe('the package', () => {
  const packages = path.resolve(import.meta.dirname, '../..')
  const read = (name: string) =>
    JSON.parse(readFileSync(path.join(packages, name, 'package.json'), 'utf8'))

  test('is a community add-on: `sv` as a peer, no dependencies, keyword sv-add', () => {
    const pkg = read('sv')
    expect(pkg.name).toBe('@sveltedown/sv')
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.peerDependencies).toEqual({ sv: '^0.17.1' })
    expect(pkg.keywords).toContain('sv-add')
  })

  test('writes the version range of the packages it adds', () => {
    for (const name of ['sveltedown', 'kit']) {
      expect(SVELTEDOWN_RANGE).toBe(`^${read(name).version}`)
    }
  })
})
