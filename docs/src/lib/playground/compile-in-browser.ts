import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import type { CompileResult } from 'sveltedown'
import type { PlaygroundState } from './url-state.js'

/** A problem to show: where it is in the `.svx` (1-based line and column), and what it says. */
export interface Problem {
  severity: 'error' | 'warning'
  source: 'sveltedown' | 'svelte'
  code: string
  message: string
  line: number
  column: number
  frame: string
}

export interface Compiled {
  result: CompileResult | undefined
  /** The component compiled by Svelte for the browser, when both compilers succeeded. */
  js: string | undefined
  problems: Problem[]
}

/**
 * The document through sveltedown's browser entry (the `browser` export condition), then the
 * component through `svelte/compiler`, both in this page. Svelte's errors and warnings are at
 * lines of the compiled component; they are moved to the `.svx` through sveltedown's sourcemap.
 */
export async function compileInBrowser(state: PlaygroundState): Promise<Compiled> {
  const { compile } = await import('sveltedown')
  let result: CompileResult
  try {
    result = await compile(state.source, {
      filename: 'Playground.svx',
      highlight: state.highlight ? {} : false,
      gfm: state.gfm,
      smartypants: state.smartypants,
      frontmatter: state.frontmatter ? {} : false,
    })
  } catch (error) {
    return { result: undefined, js: undefined, problems: [fromSveltedown(error, 'error')] }
  }
  const problems = result.diagnostics.map((warning) => fromSveltedown(warning, 'warning'))
  const svelte = await import('svelte/compiler')
  const map = new TraceMap(result.map as never)
  try {
    const output = svelte.compile(result.code, {
      filename: 'Playground.svelte',
      generate: 'client',
      css: 'injected',
    })
    for (const warning of output.warnings) problems.push(fromSvelte(warning, 'warning', map))
    return { result, js: output.js.code, problems }
  } catch (error) {
    problems.push(fromSvelte(error as SvelteProblem, 'error', map))
    return { result, js: undefined, problems }
  }
}

interface SvelteProblem {
  code?: string
  message: string
  start?: { line: number; column: number }
  frame?: string
}

function fromSveltedown(error: unknown, severity: Problem['severity']): Problem {
  const value = error as {
    code?: string
    message?: string
    start?: { line: number; column: number }
    frame?: string
  }
  return {
    severity,
    source: 'sveltedown',
    code: value.code ?? 'internal_error',
    message: (value.message ?? String(error)).replace(/^\S+:\d+:\d+: (error|warning) \w+: /, ''),
    line: value.start?.line ?? 1,
    column: value.start?.column ?? 1,
    frame: value.frame ?? '',
  }
}

/** Svelte's 0-based column in the compiled component, moved to the `.svx` line and column. */
function fromSvelte(problem: SvelteProblem, severity: Problem['severity'], map: TraceMap): Problem {
  const start = problem.start ?? { line: 1, column: 0 }
  const original = originalPositionFor(map, { line: start.line, column: start.column })
  return {
    severity,
    source: 'svelte',
    code: problem.code ?? 'svelte',
    message: problem.message.split('\n')[0] ?? problem.message,
    line: original.line ?? start.line,
    column: (original.column ?? start.column) + 1,
    frame: '',
  }
}
