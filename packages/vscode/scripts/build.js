// Build the extension and package it as a .vsix, offline:
// 1. the extension (a CommonJS bundle; `vscode` is provided by the editor),
// 2. the language server and everything it imports, as one ES module bundle, with the files it
//    reads beside it at run time (TypeScript's lib.*.d.ts, svelte2tsx's shims),
// 3. `vsce package`, with no dependencies to install (everything is bundled).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { build } from 'esbuild'

const here = path.resolve(import.meta.dirname, '..')
const dist = path.join(here, 'dist')
const serverFolder = path.join(dist, 'server')
const require = createRequire(import.meta.url)

fs.rmSync(dist, { recursive: true, force: true })

await build({
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(dist, 'extension.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning',
})

// The server's packages are CommonJS and ES modules: in one ES module, CommonJS code finds
// `require`, `__filename` and `__dirname` (TypeScript looks for its lib files beside itself).
const banner = [
  "import { createRequire as __sveltedownCreateRequire } from 'node:module'",
  "import { fileURLToPath as __sveltedownFileURLToPath } from 'node:url'",
  "import __sveltedownPath from 'node:path'",
  'const require = __sveltedownCreateRequire(import.meta.url)',
  'const __filename = __sveltedownFileURLToPath(import.meta.url)',
  'const __dirname = __sveltedownPath.dirname(__filename)',
].join('\n')

/**
 * ES module builds instead of UMD ones (vscode-html-languageservice, jsonc-parser, …): a UMD
 * build requires its own files through a wrapper that a bundler cannot follow.
 */
const esmInsteadOfUmd = {
  name: 'esm-instead-of-umd',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined
      const resolved = await bundle.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      })
      const umd = `${path.sep}umd${path.sep}`
      // Anything else resolves as it would without this plugin.
      if (resolved.errors.length > 0 || !resolved.path.includes(umd)) return undefined
      const esm = resolved.path.replace(umd, `${path.sep}esm${path.sep}`)
      return fs.existsSync(esm) ? { path: esm } : undefined
    })
  },
}

const serverPackage = path.dirname(require.resolve('@sveltedown/language-server/package.json'))
await build({
  entryPoints: [path.join(serverPackage, 'dist/cli.js')],
  outfile: path.join(serverFolder, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  plugins: [esmInsteadOfUmd],
  // Optional peers that the bundled packages probe for, and never need here.
  external: ['@vscode/emmet-helper/*', 'bufferutil', 'utf-8-validate', 'fsevents', 'lightningcss'],
  logLevel: 'error',
  legalComments: 'none',
})

// TypeScript reads its lib files from its own folder (now the bundle's); the Svelte language
// server reads svelte2tsx's shims from its own folder when svelte2tsx is not installed beside it.
const fromServer = createRequire(path.join(serverPackage, 'package.json'))
const fromSvelteServer = createRequire(fromServer.resolve('svelte-language-server/package.json'))
const typescript = path.dirname(fromSvelteServer.resolve('typescript/package.json'))
for (const file of fs.readdirSync(path.join(typescript, 'lib'))) {
  if (/^lib\..*\.d\.ts$/.test(file)) {
    fs.copyFileSync(path.join(typescript, 'lib', file), path.join(serverFolder, file))
  }
}
const svelte2tsx = path.dirname(fromSvelteServer.resolve('svelte2tsx/package.json'))
for (const file of fs.readdirSync(svelte2tsx)) {
  if (file.endsWith('.d.ts') && file !== 'index.d.ts') {
    fs.copyFileSync(path.join(svelte2tsx, file), path.join(serverFolder, file))
  }
}

const vsce = path.join(here, 'node_modules/.bin/vsce')
const result = spawnSync(
  vsce,
  [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--skip-license',
    '--out',
    path.join(dist, 'sveltedown.vsix'),
  ],
  { cwd: here, stdio: 'inherit' },
)
if (result.status !== 0) process.exit(result.status ?? 1)
