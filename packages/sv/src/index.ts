import { color, fileExists, loadFile, resolveLibPrefix } from '@sveltejs/sv-utils'
import { defineAddon, defineAddonOptions, type Workspace } from 'sv'
import {
  type Example,
  type Plan,
  type Project,
  planSetup,
  type SetupOptions,
} from './plan-setup.js'
import { SetupError } from './transforms/setup-error.js'

export {
  type Example,
  type Plan,
  type Project,
  planSetup,
  SVELTEDOWN_RANGE,
} from './plan-setup.js'
export { addCheckScript } from './transforms/add-check-script.js'
export { addSvelteConfigPreprocess } from './transforms/add-svelte-config-preprocess.js'
export { addTypesReference } from './transforms/add-types-reference.js'
export { addVitePlugin } from './transforms/add-vite-plugin.js'
export { SetupError, type SetupErrorCode } from './transforms/setup-error.js'

const options = defineAddonOptions()
  .add('extensions', {
    question: 'Which file extensions should be sveltedown documents?',
    type: 'multiselect',
    default: ['.svx', '.mds'],
    options: [
      { value: '.svx', hint: 'the usual one, as with mdsvex' },
      { value: '.mds' },
      { value: '.md', hint: 'every Markdown file under src' },
    ],
    required: true,
  })
  // `yes` and `no` as when this was a yes/no question, so `example:yes` keeps working.
  .add('example', {
    question: 'Add an example?',
    type: 'select',
    default: 'yes',
    options: [
      { value: 'yes', label: 'yes: a page', hint: 'one page at /sveltedown' },
      {
        value: 'docs',
        label: 'docs: a docs section',
        hint: 'pages at /docs with a sidebar, table of contents, search and dark mode',
      },
      { value: 'no', label: 'no' },
    ],
  })
  .build()

/** The `example` option's answers, and what each adds. */
const EXAMPLES: Record<string, Example> = { yes: 'page', docs: 'docs', no: 'none' }

/** The last plan, for the next steps printed after the run (the same process runs both). */
let lastPlan: Plan | undefined

/**
 * `npx sv add @sveltedown`: sveltedown in a SvelteKit project, with its Vite plugin, types,
 * a layout with the Shiki theme CSS and an example page. Safe to run twice.
 */
export default defineAddon({
  id: 'sveltedown',
  shortDescription: 'Markdown with Svelte inside (.svx), typed and highlighted',
  homepage: 'https://sveltedown.dev',
  options,

  setup: (workspace) => {
    if (!workspace.isKit) {
      workspace.unsupported('sveltedown needs a SvelteKit project (no @sveltejs/kit found)')
      return
    }
    // Check the config before any question is asked, so an unsupported project fails early.
    // With `sv create --add @sveltedown`, setup runs before the project's files are written.
    try {
      planSetup(project(workspace), { extensions: ['.svx', '.mds'], example: 'none' })
    } catch (error) {
      if (!(error instanceof SetupError)) throw error
      if (error.code !== 'config_not_found') workspace.unsupported(error.message)
    }
  },

  run: ({ sv, options, cancel, ...workspace }) => {
    const example = EXAMPLES[options.example]
    if (!example) {
      // sv checks the values of a select only when they are asked, not when given on the command line.
      cancel(`Unknown example '${options.example}': expected yes, docs or no`)
      return
    }
    const settings: SetupOptions = {
      extensions: options.extensions.length ? options.extensions : ['.svx', '.mds'],
      example,
    }
    let plan: Plan
    try {
      plan = planSetup(project(workspace), settings)
    } catch (error) {
      if (!(error instanceof SetupError)) throw error
      cancel(error.message)
      return
    }
    // Everything is planned: only now is anything written.
    for (const write of plan.writes) sv.file(write.path, () => write.content)
    for (const dependency of plan.dependencies)
      sv.devDependency(dependency.name, dependency.version)
    lastPlan = plan
    report(plan)
  },

  nextSteps: ({ packageManager }) => {
    const plan = lastPlan
    const steps: string[] = []
    if (plan?.dependencies.length)
      steps.push(`Install: ${color.command(`${packageManager} install`)}`)
    if (plan?.example) {
      steps.push(
        `Run ${color.command(`${packageManager} run dev`)} and open ${color.route(plan.example.route)} (${color.path(plan.example.path)})`,
      )
    }
    steps.push(
      `Options (layout, highlight, plugins) go in ${color.command('sveltedown({ ... })')} in ${color.path(plan?.config.path ?? 'vite.config')}`,
    )
    steps.push(`Docs: ${color.website('https://sveltedown.dev')}`)
    return steps
  },
})

type WorkspaceInfo = Pick<Workspace, 'cwd' | 'language' | 'directory' | 'dependencyVersion'>

function project(workspace: WorkspaceInfo): Project {
  return {
    read: (path) => (fileExists(workspace.cwd, path) ? loadFile(workspace.cwd, path) : null),
    language: workspace.language,
    directory: {
      src: workspace.directory.src,
      lib: workspace.directory.lib,
      routes: workspace.directory.kitRoutes,
    },
    libImport: resolveLibPrefix(workspace.dependencyVersion('@sveltejs/kit')),
    dependencyVersion: (name) => workspace.dependencyVersion(name),
  }
}

/** Say what was written and what was left alone. */
function report(plan: Plan) {
  const lines = [
    ...plan.writes.map(
      (write) =>
        `${color.success(write.action === 'create' ? 'created' : 'edited ')} ${write.path}`,
    ),
    ...plan.dependencies.map((d) => `${color.success('added  ')} ${d.name}@${d.version}`),
    ...plan.kept.map((kept) => `${color.warning('skipped')} ${kept.path} (${kept.reason})`),
  ]
  if (plan.writes.length === 0 && plan.dependencies.length === 0) {
    lines.push('sveltedown is already set up: nothing changed.')
  }
  console.log(lines.map((line) => `│  sveltedown: ${line}`).join('\n'))
}
