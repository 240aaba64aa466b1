// Node module hooks (registered by render-worker.js) that load a sample folder as Svelte would
// build it for the server: `.svelte` files compile with `generate: 'server'`, the entry may first go
// through sveltedown, and `_config.js` loads without the test harness it imports.
//
// Every module URL carries the query of the entry it was reached from (`?oracle=<variant>&…`), so
// the plain render, its repeat and the sveltedown render each get their own module instances: a
// module with state (a counter, a store) starts fresh for each of them. In the sveltedown render,
// `svx=<entry path>` names the one file compiled with sveltedown.
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compile, compileModule } from 'svelte/compiler'
import { compile as sveltedownCompile } from '../../dist/index.js'

/** Errors carry their stage in the message: the structured error does not survive the hooks thread. */
export const stageMarker = '[oracle:'

/** The query of the importing module, passed on to relative imports. */
export async function resolve(specifier, context, nextResolve) {
  // Compiled components import `svelte/internal/server`: resolve Svelte from here, so a sample folder
  // anywhere on disk uses the one Svelte the oracle renders with.
  if (specifier === 'svelte' || specifier.startsWith('svelte/')) {
    return nextResolve(specifier, { ...context, parentURL: import.meta.url })
  }
  const parent = context.parentURL ? new URL(context.parentURL) : undefined
  const inherit = parent?.searchParams.has('oracle') && /^\.{0,2}\//.test(specifier)
  const result = await resolveWithExtensions(specifier, context, nextResolve)
  if (!inherit || !result.url.startsWith('file:')) return result
  const url = new URL(result.url)
  url.searchParams.set('oracle', parent.searchParams.get('oracle'))
  url.searchParams.set('options', parent.searchParams.get('options') ?? '{}')
  // A child that imports the entry back (`import { get } from './main.svelte'`) gets the same
  // module as the entry: the `.svx` compile in the `.svx` render.
  if (parent.searchParams.has('svx')) url.searchParams.set('svx', parent.searchParams.get('svx'))
  return { ...result, url: url.href, shortCircuit: true }
}

/** Svelte's samples import `./data` and `./Foo.svelte.ts` the way a bundler allows. */
async function resolveWithExtensions(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context)
  } catch (error) {
    if (!/^\.{0,2}\//.test(specifier)) throw error
    for (const suffix of ['.js', '.ts', '/index.js']) {
      try {
        return await nextResolve(specifier + suffix, context)
      } catch {}
    }
    throw error
  }
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:')) return nextLoad(url, context)
  const parsed = new URL(url)
  if (!parsed.searchParams.has('oracle')) return nextLoad(url, context)
  const filename = fileURLToPath(parsed)
  const options = JSON.parse(parsed.searchParams.get('options') ?? '{}')
  const asSvx = parsed.searchParams.get('svx') === filename
  if (filename.endsWith('.svelte') || filename.endsWith('.svx')) {
    return module(await compileComponent(filename, options, asSvx))
  }
  if (/\.svelte\.[jt]s$/.test(filename)) {
    const source = await stripTypes(filename, fs.readFileSync(filename, 'utf8'))
    return module(
      compileModule(source, {
        filename,
        generate: 'server',
        dev: options.dev,
        experimental: options.experimental,
      }).js.code,
    )
  }
  if (filename.endsWith('/_config.js'))
    return module(withoutHarness(fs.readFileSync(filename, 'utf8')))
  if (filename.endsWith('.ts'))
    return module(await stripTypes(filename, fs.readFileSync(filename, 'utf8')))
  // Stylesheets imported for their side effect do not change the server HTML.
  if (/\.(css|scss|less)$/.test(filename)) return module('')
  return nextLoad(url, context)
}

function module(source) {
  return { format: 'module', source, shortCircuit: true }
}

/** The plain render and its repeat import the same files: compile each once per worker. */
const compiled = new Map()

function compileComponent(filename, options, asSvx) {
  const key = JSON.stringify([filename, options, asSvx])
  if (!compiled.has(key)) compiled.set(key, compileUncached(filename, options, asSvx))
  return compiled.get(key)
}

async function compileUncached(filename, options, asSvx) {
  let source = fs.readFileSync(filename, 'utf8')
  if (asSvx) {
    try {
      const result = await sveltedownCompile(source, {
        filename: filename.replace(/\.svelte$/, '.svx'),
        highlight: false,
      })
      source = result.code
    } catch (error) {
      throw new Error(`${stageMarker}sveltedown] ${error.code ?? error.name}: ${error.message}`)
    }
  }
  try {
    return compile(source, { ...options, filename, generate: 'server' }).js.code
  } catch (error) {
    const stage = asSvx ? 'svelte-svx' : 'svelte'
    throw new Error(`${stageMarker}${stage}] ${error.code ?? error.name}: ${error.message}`)
  }
}

/** TypeScript is large: loaded only for the rare sample that imports a `.ts` file. */
async function stripTypes(filename, source) {
  if (!filename.endsWith('.ts')) return source
  const { default: ts } = await import('typescript')
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
}

/**
 * A sample's `_config.js` imports Svelte's test harness (`../../test`, helpers, vitest): those
 * imports become a stub whose `test(config)` returns the config, so `props` can be read.
 */
function withoutHarness(source) {
  return source.replace(
    /^import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"];?/gm,
    (statement, clause, specifier) => {
      if (specifier.startsWith('./') || specifier === 'svelte' || specifier.startsWith('svelte/')) {
        return statement
      }
      return clause
        .split(/,(?![^{]*})/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          if (part.startsWith('{')) {
            const names = part
              .replace(/[{}]/g, '')
              .replace(/\bas\b/g, ':')
              .replace(/\s+/g, ' ')
            return `const {${names}} = globalThis.__oracleHarness;`
          }
          const name = part.replace(/^\*\s+as\s+/, '')
          return `const ${name} = globalThis.__oracleHarness;`
        })
        .join('\n')
    },
  )
}
