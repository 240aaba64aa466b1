import { counterFile } from './files/counter.js'
import { docsExampleFiles } from './files/docs/docs-example-files.js'
import { examplePageFile } from './files/example-page.js'
import { layoutFile } from './files/layout.js'
import { shikiCssFile } from './files/shiki-css.js'
import { addCheckScript } from './transforms/add-check-script.js'
import { addSvelteConfigPreprocess } from './transforms/add-svelte-config-preprocess.js'
import { addTypesReference } from './transforms/add-types-reference.js'
import { addVitePlugin } from './transforms/add-vite-plugin.js'
import { SetupError } from './transforms/setup-error.js'
import type { SveltedownSettings } from './transforms/sveltedown-call.js'

/** The version range written to `package.json`; kept equal to the packages' own versions by a test. */
export const SVELTEDOWN_RANGE = '^0.1.0'

/** What the planner needs to know about the project. Reading is the only I/O, done by the caller. */
export interface Project {
  /** A file's text, or `null` when it does not exist. Paths are relative to the project root. */
  read(path: string): string | null
  language: 'ts' | 'js'
  /** `src`, `src/lib` and `src/routes`, or what the project configured instead. */
  directory: { src: string; lib: string; routes: string }
  /** How `src/lib` is imported: `$lib`, or `#lib` from SvelteKit 3 on. */
  libImport: string
  /** The declared range of a dependency, if any. */
  dependencyVersion(name: string): string | undefined
}

export interface SetupOptions {
  extensions: string[]
  /** `page`: one page at `/sveltedown`; `docs`: a docs section at `/docs`; `none`. */
  example: Example
}

export type Example = 'page' | 'docs' | 'none'

export interface Plan {
  /** Files to create or edit, in order. */
  writes: Array<{ path: string; content: string; action: 'create' | 'edit' }>
  /** Files and dependencies left as they are, and why. */
  kept: Array<{ path: string; reason: string }>
  dependencies: Array<{ name: string; version: string }>
  /** Where `sveltedown()` is (or already was) configured. */
  config: { path: string; as: 'vite-plugin' | 'preprocessor' }
  /** The example document's route and path, when it was asked for. */
  example?: { route: string; path: string } | undefined
}

const VITE_CONFIGS = ['vite.config.ts', 'vite.config.js', 'vite.config.mts', 'vite.config.mjs']
const SVELTE_CONFIGS = ['svelte.config.js', 'svelte.config.ts', 'svelte.config.mjs']

/**
 * Work out every change the add-on makes, without writing anything. Throws a `SetupError` for a
 * project it cannot set up, so a failure leaves no half-done edits. Planning a project that was
 * already set up gives no writes: every file is reported as kept.
 */
export function planSetup(project: Project, options: SetupOptions): Plan {
  const plan: Plan = {
    writes: [],
    kept: [],
    dependencies: [],
    config: { path: '', as: 'vite-plugin' },
  }
  const dir = `${project.directory.lib}/sveltedown`
  const settings: SveltedownSettings = {
    layout: `./${dir}/Layout.svelte`,
    extensions: options.extensions,
  }
  plan.config = planConfig(project, settings, plan)

  const appTypes = `${project.directory.src}/app.d.ts`
  const types = project.read(appTypes)
  if (types !== null)
    edit(plan, appTypes, types, addTypesReference(types), 'has the sveltedown types')
  else if (project.language === 'ts') create(plan, project, appTypes, addTypesReference(''))
  else plan.kept.push({ path: appTypes, reason: 'not created: the project has no type checking' })

  create(plan, project, `${dir}/Layout.svelte`, layoutFile(project.language))
  create(plan, project, `${dir}/shiki.css`, shikiCssFile())
  // The example pages use `.svx`, or the first extension the project compiles.
  const extension = options.extensions.includes('.svx') ? '.svx' : (options.extensions[0] ?? '.svx')
  if (options.example === 'page') {
    const path = `${project.directory.routes}/sveltedown/+page${extension}`
    create(plan, project, `${dir}/Counter.svelte`, counterFile(project.language))
    create(plan, project, path, examplePageFile({ libImport: project.libImport, path }))
    plan.example = { route: '/sveltedown', path }
  } else if (options.example === 'docs') {
    const files = docsExampleFiles({
      language: project.language,
      libImport: project.libImport,
      lib: project.directory.lib,
      routes: project.directory.routes,
      extension,
    })
    for (const file of files) create(plan, project, file.path, file.content)
    plan.example = { route: '/docs', path: `${project.directory.routes}/docs/+page${extension}` }
  }

  // `sveltedown check` in the `check` script, when the project has one that runs svelte-check.
  const manifest = project.read('package.json')
  const checked = manifest === null ? null : addCheckScript(manifest)
  if (manifest !== null && checked !== null && checked !== manifest) {
    plan.writes.push({ path: 'package.json', content: checked, action: 'edit' })
  } else if (checked?.includes('sveltedown check')) {
    plan.kept.push({ path: 'package.json', reason: 'the check script runs sveltedown check' })
  }
  const names = ['sveltedown', '@sveltedown/kit']
  if (checked?.includes('sveltedown check')) names.push('@sveltedown/check')
  for (const name of names) {
    const declared = project.dependencyVersion(name)
    if (declared) plan.kept.push({ path: `package.json: ${name}`, reason: `already ${declared}` })
    else plan.dependencies.push({ name, version: SVELTEDOWN_RANGE })
  }
  return plan
}

/**
 * `sveltedown()` goes into the Vite config, before `sveltekit()`, whichever file holds the Svelte
 * options: the Vite plugin adds the extensions to SvelteKit itself, reports errors at `.svx`
 * lines and reloads documents when their layout changes. The Svelte config's preprocessor is the
 * fallback for a Vite config whose plugins cannot be found.
 */
function planConfig(project: Project, settings: SveltedownSettings, plan: Plan): Plan['config'] {
  const vitePath = VITE_CONFIGS.find((path) => project.read(path) !== null)
  const sveltePath = SVELTE_CONFIGS.find((path) => project.read(path) !== null)
  const svelteSource = sveltePath ? project.read(sveltePath) : null

  // A preprocessor the user configured already (or mdsvex, which throws) wins over the plugin.
  if (sveltePath && svelteSource !== null) {
    const checked = addSvelteConfigPreprocessOrNull(svelteSource, settings, sveltePath)
    if (checked === svelteSource) {
      plan.kept.push({ path: sveltePath, reason: 'sveltedown is already set up here' })
      return { path: sveltePath, as: 'preprocessor' }
    }
  }
  if (!vitePath) {
    throw new SetupError(
      'config_not_found',
      `Found no ${VITE_CONFIGS.slice(0, 2).join(' or ')}: this does not look like a SvelteKit project. Create one with \`npx sv create\`.`,
    )
  }
  const viteSource = project.read(vitePath) ?? ''
  try {
    const edited = addVitePlugin(viteSource, settings, vitePath)
    edit(plan, vitePath, viteSource, edited, 'sveltedown is already set up here')
    return { path: vitePath, as: 'vite-plugin' }
  } catch (error) {
    if (!(error instanceof SetupError) || error.code !== 'config_shape_unknown') throw error
    if (!sveltePath || svelteSource === null) throw error
    let edited: string
    try {
      edited = addSvelteConfigPreprocess(svelteSource, settings, sveltePath)
    } catch (fallback) {
      if (!(fallback instanceof SetupError)) throw fallback
      throw new SetupError(fallback.code, `${error.message}\n${fallback.message}`)
    }
    edit(plan, sveltePath, svelteSource, edited, 'sveltedown is already set up here')
    return { path: sveltePath, as: 'preprocessor' }
  }
}

/** The Svelte config with the preprocessor added; `null` when its shape is not one we edit. */
function addSvelteConfigPreprocessOrNull(
  source: string,
  settings: SveltedownSettings,
  path: string,
): string | null {
  try {
    return addSvelteConfigPreprocess(source, settings, path)
  } catch (error) {
    if (error instanceof SetupError && error.code === 'mdsvex_configured') throw error
    return null
  }
}

function edit(plan: Plan, path: string, before: string, after: string, unchanged: string) {
  if (after === before) plan.kept.push({ path, reason: unchanged })
  else plan.writes.push({ path, content: after, action: 'edit' })
}

function create(plan: Plan, project: Project, path: string, content: string) {
  const existing = project.read(path)
  if (existing === null) plan.writes.push({ path, content, action: 'create' })
  else if (existing === content) plan.kept.push({ path, reason: 'already there' })
  else plan.kept.push({ path, reason: 'exists: kept yours, not overwritten' })
}
