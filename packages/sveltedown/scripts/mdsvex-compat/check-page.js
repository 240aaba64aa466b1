// Checks one page: mdsvex 0.12.8 (default options) then Svelte, sveltedown then Svelte, and when
// both compile, renders both with `svelte/server` (imports stubbed, see stub-imports.js) and
// compares the visible text.
import { compile as mdsvexCompile } from 'mdsvex'
import { compile as svelteCompile } from 'svelte/compiler'
import { render } from 'svelte/server'
import { compile as sveltedownCompile } from '../../dist/index.js'
import { compareRenders } from '../oracle/compare-html.js'
import { stub, stubImports, stubProps } from './stub-imports.js'
import { plainTypography, textDiff, visibleText, withoutKnownDifferences } from './visible-text.js'

globalThis.__compatStub = stub
const resolveSvelte = (specifier) => import.meta.resolve(specifier)

const firstLine = (error) => String(error?.message ?? error).split('\n')[0]

/** Svelte's error: its code, message and position in the compiled component. */
function svelteError(error) {
  return {
    code: error?.code ?? error?.name ?? 'error',
    message: firstLine(error),
    line: error?.start?.line,
    column: error?.start?.column,
  }
}

function compileServer(code, filename) {
  return svelteCompile(code, { filename, generate: 'server' }).js.code
}

let loaded = 0
async function renderServer(js) {
  // A fresh module each time: the URL differs by a counter (a data: URL is cached by its text).
  const source = `${stubImports(js, resolveSvelte)}\n//${loaded++}`
  const module = await import(`data:text/javascript,${encodeURIComponent(source)}`)
  // A site's layout or preprocessor provides components a page uses without importing them
  // (carbon's `<FileSource>`): each name found missing becomes a global stub, and the page renders again.
  for (let attempt = 0; ; attempt++) {
    try {
      const result = render(module.default, { props: stubProps })
      const { head, body } = typeof result.then === 'function' ? await result : result
      return { head, body }
    } catch (error) {
      const missing = /^(\S+) is not defined$/.exec(error?.message ?? '')?.[1]
      if (!missing || attempt > 20 || missing in globalThis) throw error
      globalThis[missing] = stub
    }
  }
}

/**
 * @param {{ id?: number, name: string, source: string, root?: string, render: boolean }} task
 * @param {(task: object, stage: string) => void} progress told which step runs
 * @returns the outcome, with both compiled components (`mdsvexCode`, `sveltedownCode`) and both
 *   renders' HTML (`html`) when there are
 */
export async function checkPage(task, progress = () => {}) {
  // Both compilers see the same name; mdsvex only compiles its own extensions (`.svx`).
  const svx = task.name.replace(/\.(md|svelte)$/, '.svx')
  const svelteName = svx.replace(/\.svx$/, '.svelte')
  const result = { id: task.id }

  let mdsvexJs
  progress(task, 'mdsvex')
  try {
    const out = await mdsvexCompile(task.source, { filename: svx })
    result.mdsvexCode = out?.code
    mdsvexJs = compileServer(out.code, svelteName)
  } catch (error) {
    result.mdsvex = { ok: false, error: firstLine(error) }
    return result
  }
  result.mdsvex = { ok: true }

  let sveltedownOut
  progress(task, 'sveltedown')
  try {
    sveltedownOut = await sveltedownCompile(task.source, {
      filename: svx,
      // Relative images and links resolve in the site's folder, as in the site's own build.
      root: task.root,
      highlight: false,
      layout: false,
    })
  } catch (error) {
    result.sveltedown = {
      ok: false,
      stage: 'sveltedown',
      code: error?.code ?? error?.name ?? 'error',
      message: firstLine(error),
      line: error?.start?.line,
      column: error?.start?.column,
    }
    return result
  }
  result.sveltedownCode = sveltedownOut.code
  let sveltedownJs
  try {
    sveltedownJs = compileServer(sveltedownOut.code, svelteName)
  } catch (error) {
    result.sveltedown = { ok: false, stage: 'svelte', ...svelteError(error) }
    return result
  }
  result.sveltedown = { ok: true }
  if (!task.render) return result

  let a
  progress(task, 'render')
  try {
    a = await renderServer(mdsvexJs)
  } catch (error) {
    result.text = { compared: false, reason: `mdsvex page does not render: ${firstLine(error)}` }
    return result
  }
  let b
  try {
    b = await renderServer(sveltedownJs)
  } catch (error) {
    result.text = { compared: true, same: false, reason: `render error: ${firstLine(error)}` }
    return result
  }
  result.html = { mdsvex: a.head + a.body, sveltedown: b.head + b.body }
  // Beyond the text: the oracle's comparison of the HTML as a browser builds it, with a cause,
  // after the differences sveltedown documents are taken out.
  const known = (render) => ({
    head: withoutKnownDifferences(render.head),
    body: withoutKnownDifferences(render.body),
  })
  const compared = compareRenders(known(a), known(b))
  result.structure = compared.identical ? 'identical' : compared.cause
  if (!compared.identical) result.structureDetail = compared.detail
  const ta = visibleText(a.head + a.body)
  const tb = visibleText(b.head + b.body)
  if (ta === tb) result.text = { compared: true, same: true }
  else if (plainTypography(ta) === plainTypography(tb)) {
    result.text = { compared: true, same: true, typographyOnly: true }
  } else {
    result.text = {
      compared: true,
      same: false,
      diff: textDiff(plainTypography(ta), plainTypography(tb)),
    }
  }
  return result
}
