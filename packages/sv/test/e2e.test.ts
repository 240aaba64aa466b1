import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from './e2e/chromium.ts'
import { projectEnv, runCommand, startCommand } from './e2e/run-command.ts'

/**
 * The whole journey, as a user makes it: `npx sv create` (templates fetched from the npm
 * registry), `npx sv add` with this add-on (from this repository), a second run that changes
 * nothing, install, `vite build`, and the example page in Chromium.
 *
 * `sveltedown` and `@sveltedown/kit` are not on npm yet: the generated project gets them as
 * tarballs of this workspace's packages through pnpm overrides (the add-on writes normal ranges).
 * Needs the packages built (`pnpm build`) and the npm registry.
 */

/** Pinned: the add-on is made for this sv (and its sv-utils 0.3.3). */
const SV = 'sv@0.17.1'
const packages = path.resolve(import.meta.dirname, '../..')
const addon = path.resolve(import.meta.dirname, '..')
let work: string
let tarballs: Record<string, string>

beforeAll(async () => {
  for (const built of [
    'sv/dist/index.mjs',
    'sveltedown/dist/index.js',
    'kit/dist/index.js',
    'check/dist/index.js',
  ]) {
    if (!existsSync(path.join(packages, built))) {
      throw new Error(`packages/${built} is missing: run \`pnpm build\` first`)
    }
  }
  work = mkdtempSync(path.join(tmpdir(), 'sveltedown-sv-e2e-'))
  const destination = path.join(work, 'tarballs')
  tarballs = {}
  for (const [name, folder] of [
    ['sveltedown', 'sveltedown'],
    ['@sveltedown/kit', 'kit'],
    ['@sveltedown/check', 'check'],
  ] as const) {
    const { stdout } = await runCommand('pnpm', ['pack', '--pack-destination', destination], {
      cwd: path.join(packages, folder),
    })
    const tarball = stdout.trim().split('\n').at(-1)?.trim() ?? ''
    expect(tarball).toMatch(/\.tgz$/)
    tarballs[name] = tarball
  }
}, 120_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

interface Template {
  name: string
  types: string[]
  viteConfig: string
  typed: boolean
  /** The `example` option: `yes` (the page at /sveltedown) or `docs` (the docs section). */
  example: 'yes' | 'docs'
  svelteConfig?: boolean
}

const templates: Template[] = [
  // `example:docs` in TypeScript, so the `check` step type-checks its files. (A fourth app only
  // for it would cost CI about a minute; the example page is built in the two JavaScript apps,
  // and packages/check's sv-app test type-checks its TypeScript.)
  {
    name: 'ts-app',
    types: ['--types', 'ts'],
    viteConfig: 'vite.config.ts',
    typed: true,
    example: 'docs',
  },
  {
    name: 'js-app',
    types: ['--no-types'],
    viteConfig: 'vite.config.js',
    typed: false,
    example: 'yes',
  },
  // The shape projects made before sv 0.16 have: Svelte options in svelte.config.js.
  {
    name: 'classic-app',
    types: ['--no-types'],
    viteConfig: 'vite.config.js',
    typed: false,
    example: 'yes',
    svelteConfig: true,
  },
]

const classicViteConfig = `import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()]
});
`

const classicSvelteConfig = `import adapter from '@sveltejs/adapter-auto';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: { adapter: adapter() }
};

export default config;
`

describe.each(templates)('npx sv create ($name), npx sv add @sveltedown', (template) => {
  let cwd: string
  const examplePage = `src/routes/${template.example === 'docs' ? 'docs' : 'sveltedown'}/+page.svx`

  test('creates the project', async () => {
    await runCommand(
      'npx',
      [
        '--yes',
        SV,
        'create',
        template.name,
        '--template',
        'minimal',
        ...template.types,
        '--no-add-ons',
        '--no-install',
      ],
      { cwd: work, env: npxEnv() },
    )
    cwd = path.join(work, template.name)
    expect(existsSync(path.join(cwd, template.viteConfig))).toBe(true)
    if (template.svelteConfig) {
      writeFileSync(path.join(cwd, template.viteConfig), classicViteConfig)
      writeFileSync(path.join(cwd, 'svelte.config.js'), classicSvelteConfig)
    }
  }, 120_000)

  test('the add-on sets up sveltedown', async () => {
    const { stdout } = await addSveltedown(cwd, template.example)
    expect(stdout).toContain(`edited  ${template.viteConfig}`)
    expect(stdout).toContain(`created ${examplePage}`)
    const viteConfig = readFileSync(path.join(cwd, template.viteConfig), 'utf8')
    expect(viteConfig).toContain("import { sveltedown } from '@sveltedown/kit';")
    expect(viteConfig).toMatch(
      template.svelteConfig
        ? /plugins: \[sveltedown\(\{ layout: '\.\/src\/lib\/sveltedown\/Layout\.svelte' \}\), sveltekit\(\)\]/
        : /sveltedown\(\{ layout: '\.\/src\/lib\/sveltedown\/Layout\.svelte' \}\),\n\t\tsveltekit\(\{/,
    )
    if (template.svelteConfig) {
      // The Vite plugin adds the extensions to SvelteKit: the Svelte config needs no edit.
      expect(readFileSync(path.join(cwd, 'svelte.config.js'), 'utf8')).toBe(classicSvelteConfig)
    }
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'))
    expect(pkg.devDependencies).toMatchObject({ sveltedown: '^0.1.0', '@sveltedown/kit': '^0.1.0' })
    if (template.typed) {
      expect(readFileSync(path.join(cwd, 'src/app.d.ts'), 'utf8')).toMatch(
        /^\/\/\/ <reference types="@sveltedown\/kit\/types" \/>\n/,
      )
    } else {
      expect(stdout).toContain('skipped src/app.d.ts')
    }
  }, 120_000)

  test('a second run changes nothing and says what it skipped', async () => {
    const before = snapshot(cwd)
    const { stdout } = await addSveltedown(cwd, template.example)
    expect(snapshot(cwd)).toEqual(before)
    expect(stdout).toContain('nothing changed')
    expect(stdout).toContain(`skipped ${examplePage} (already there)`)
    expect(stdout).not.toMatch(/sveltedown: (created|edited|added)/)
  }, 120_000)

  test('installs and builds', async () => {
    // Test only: the workspace's packages instead of the (unpublished) registry versions.
    const file = path.join(cwd, 'package.json')
    const pkg = JSON.parse(readFileSync(file, 'utf8'))
    pkg.pnpm = {
      overrides: Object.fromEntries(
        Object.entries(tarballs).map(([name, tarball]) => [name, `file:${tarball}`]),
      ),
    }
    writeFileSync(file, JSON.stringify(pkg, null, '\t'))
    await runCommand('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], {
      cwd,
      timeout: 240_000,
    })
    if (template.typed) await runCommand('pnpm', ['run', 'check'], { cwd })
    await runCommand('pnpm', ['run', 'build'], { cwd })
    expect(existsSync(path.join(cwd, '.svelte-kit/output'))).toBe(true)
  }, 300_000)

  // Each app has one example: only its own Chromium test is registered.
  if (template.example === 'yes')
    test('the example page works in Chromium', async () => {
      await inChromium(cwd, 'dark', '/sveltedown', async (page) => {
        // Frontmatter, in the heading and (through the layout) the title.
        expect(await page.locator('h1').textContent()).toBe('Hello from sveltedown')
        expect(await page.title()).toBe('Hello from sveltedown')
        expect(await page.locator('article.sveltedown').count()).toBe(1)

        // Highlighted by Shiki, dark colours from the layout's shiki.css in a dark colour scheme.
        const code = page.locator('pre.shiki')
        expect(await code.count()).toBe(1)
        expect(await code.locator('span[style*="--shiki-dark"]').count()).toBeGreaterThan(3)
        expect(await code.evaluate((pre) => getComputedStyle(pre).backgroundColor)).toBe(
          'rgb(36, 41, 46)',
        )

        // The component hydrated: it counts.
        const button = page.locator('button')
        expect(await button.textContent()).toContain('Clicked 0 times')
        await button.click()
        await page.waitForFunction(
          () => document.querySelector('button')?.textContent?.includes('Clicked 1 time'),
          undefined,
          { timeout: 5_000 },
        )
      })
    }, 60_000)

  if (template.example === 'docs')
    test('the docs example works in Chromium: sidebar, table of contents, search, dark mode', async () => {
      await inChromium(cwd, 'light', '/docs', async (page) => {
        const texts = (selector: string) => page.locator(selector).allTextContents()
        const trimmed = async (selector: string) => (await texts(selector)).map((t) => t.trim())
        expect(await page.locator('h1').textContent()).toBe('Introduction')
        expect(await page.title()).toBe('Introduction')

        // The sidebar lists the pages from the file tree, in their frontmatter's order.
        expect(await trimmed('nav.docs-sidebar a')).toEqual([
          'Introduction',
          'Getting started',
          'Writing pages',
        ])
        expect(await trimmed('nav.docs-sidebar a[aria-current="page"]')).toEqual(['Introduction'])
        // The table of contents lists the page's h2 and h3 headings.
        expect(await trimmed('nav.docs-toc a')).toEqual(['What it does', 'Add a page'])

        // A sidebar link navigates; the table of contents follows the page.
        await page.locator('nav.docs-sidebar a', { hasText: 'Writing pages' }).click()
        await page.waitForURL('**/docs/writing')
        await page.waitForFunction(
          () => document.querySelector('h1')?.textContent === 'Writing pages',
          undefined,
          { timeout: 5_000 },
        )
        expect(await trimmed('nav.docs-sidebar a[aria-current="page"]')).toEqual(['Writing pages'])
        expect(await trimmed('nav.docs-toc a')).toEqual(['Frontmatter', 'Alerts', 'Headings'])
        // GitHub alerts are callouts.
        expect(await trimmed('.markdown-alert-title')).toEqual(['Note', 'Warning'])

        // Search finds a term on another page (from the index built with the app) and goes there.
        await page.locator('input[type="search"]').fill('greet')
        const result = page.locator('.search a', { hasText: 'Getting started' })
        await result.waitFor({ timeout: 10_000 })
        expect(await result.locator('strong').textContent()).toBe('Code')
        await result.click()
        await page.waitForURL('**/docs/getting-started#code')
        await page.waitForFunction(
          () => document.querySelector('h1')?.textContent === 'Getting started',
          undefined,
          { timeout: 5_000 },
        )
        expect(await trimmed('nav.docs-toc a')).toEqual([
          'Run the app',
          'Markdown',
          'Code',
          'Svelte',
        ])

        // A component in the page hydrated.
        const counter = page.locator('.docs-main button')
        await counter.click()
        expect(await counter.textContent()).toBe('clicked 1 time')

        // Dark mode: the switch turns page and code dark, and the choice is remembered.
        const background = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((element) => getComputedStyle(element).backgroundColor)
        expect(await background('.docs')).toBe('rgb(255, 255, 255)')
        expect(await background('pre.shiki')).toBe('rgb(255, 255, 255)')
        await page.locator('button[aria-label="Dark mode"]').click()
        expect(await page.evaluate(() => document.documentElement.className)).toBe('dark')
        expect(await background('.docs')).toBe('rgb(13, 17, 23)')
        expect(await background('pre.shiki')).toBe('rgb(36, 41, 46)')
        await page.reload({ waitUntil: 'networkidle' })
        expect(await background('.docs')).toBe('rgb(13, 17, 23)')
        expect(
          await page.locator('button[aria-label="Dark mode"]').getAttribute('aria-pressed'),
        ).toBe('true')
      })
    }, 60_000)
})

/**
 * `vite preview` of the built app, and Chromium on `route`; `check` runs on the page, and no
 * console error or warning may appear meanwhile.
 */
async function inChromium(
  cwd: string,
  colorScheme: 'light' | 'dark',
  route: string,
  check: (page: Page) => Promise<void>,
) {
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const preview = await startCommand(
    'pnpm',
    ['exec', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd, ready: /http:\/\/127\.0\.0\.1:(\d+)/ },
  )
  const browser = await launchChromium(colorScheme)
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(String(error)))
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
    await page.goto(`http://127.0.0.1:${preview.match[1]}${route}`, { waitUntil: 'networkidle' })
    await check(page)
    expect(problems).toEqual([])
  } finally {
    await browser.close()
    await preview.stop()
  }
}

function addSveltedown(cwd: string, example: Template['example']) {
  return runCommand(
    'npx',
    [
      '--yes',
      SV,
      'add',
      `file:${addon}=extensions:.svx,.mds+example:${example}`,
      '--no-git-check',
      '--no-download-check',
      '--no-install',
    ],
    { cwd, env: npxEnv() },
  )
}

/**
 * npx with an npm cache of this run's own: `sv add file:…` links the add-on into npx's folder
 * for sv, and a link left there by another checkout makes sv fail with EEXIST.
 */
function npxEnv() {
  return projectEnv({ npm_config_cache: path.join(work, 'npm-cache') })
}

/** Every file of the project (outside node_modules) and a hash of its content. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.svelte-kit') continue
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) visit(full)
      else {
        const hash = createHash('sha256').update(readFileSync(full)).digest('hex')
        files[path.relative(root, full)] = hash
      }
    }
  }
  visit(root)
  return files
}
