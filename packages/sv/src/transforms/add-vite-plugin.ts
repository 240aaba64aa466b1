import { assertNoMdsvex, findSveltedownImport } from './find-setup.js'
import {
  type AstNode,
  children,
  isCallOf,
  parseScript,
  readImports,
  unwrap,
  walk,
} from './parse-script.js'
import { SetupError } from './setup-error.js'
import { addNamedImport, detectStyle, insertItemBefore, SourceEdits } from './source-edits.js'
import { type SveltedownSettings, sveltedownCall } from './sveltedown-call.js'

/**
 * Add the sveltedown Vite plugin to a `vite.config.{js,ts}`: `sveltedown()` from
 * `@sveltedown/kit`, placed right before `sveltekit()` in the array that holds it, wherever the
 * config keeps it (`defineConfig({...})`, a function, a variable). The rest of the text is kept
 * byte for byte.
 *
 * Returns the code unchanged when sveltedown is already imported (safe to run twice); throws a
 * `SetupError` when the file has no `sveltekit()` plugin in an array literal, or more than one.
 */
export function addVitePlugin(
  code: string,
  settings: SveltedownSettings = {},
  filename = 'vite.config.js',
): string {
  const program = parseScript(code, filename)
  const imports = readImports(program)
  if (findSveltedownImport(imports)) return code
  assertNoMdsvex(program, filename)

  const kitName = imports
    .find((entry) => entry.source === '@sveltejs/kit/vite')
    ?.names.get('sveltekit')
  if (!kitName) {
    throw new SetupError(
      'config_shape_unknown',
      `${filename} does not import \`sveltekit\` from '@sveltejs/kit/vite'. Add \`sveltedown()\` from '@sveltedown/kit' before your SvelteKit plugin by hand.`,
    )
  }
  const arrays: Array<{ array: AstNode; plugin: AstNode }> = []
  walk(program, (node) => {
    if (node.type !== 'ArrayExpression') return undefined
    const plugin = children(node, 'elements').find((element) => isCallOf(unwrap(element), kitName))
    if (plugin) arrays.push({ array: node, plugin })
    return undefined
  })
  const found = arrays[0]
  if (!found || arrays.length > 1) {
    throw new SetupError(
      'config_shape_unknown',
      `${filename}: expected ${arrays.length ? 'one' : 'a'} \`plugins\` array holding \`${kitName}()\`, found ${arrays.length}. Add \`sveltedown()\` from '@sveltedown/kit' before \`${kitName}()\` by hand.`,
    )
  }
  const style = detectStyle(code, imports)
  const edits = new SourceEdits(code)
  addNamedImport(edits, imports, style, 'sveltedown', '@sveltedown/kit')
  insertItemBefore(edits, found.plugin, sveltedownCall(settings, style))
  return edits.apply()
}
