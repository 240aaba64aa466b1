import { assertNoMdsvex, findSveltedownImport } from './find-setup.js'
import {
  type AstNode,
  child,
  children,
  parseScript,
  readImports,
  unwrap,
  walk,
} from './parse-script.js'
import { SetupError } from './setup-error.js'
import {
  addNamedImport,
  appendItems,
  detectStyle,
  quoted,
  SourceEdits,
  type SourceStyle,
} from './source-edits.js'
import { DEFAULT_EXTENSIONS, type SveltedownSettings, sveltedownCall } from './sveltedown-call.js'

/**
 * Add the sveltedown preprocessor to a `svelte.config.{js,ts}` that default-exports an object
 * literal: `sveltedown()` from `sveltedown` is appended to `preprocess` (wrapping a single
 * preprocessor in an array), and the document extensions to `extensions`. Used where the Vite
 * config cannot be edited safely. The rest of the text is kept byte for byte.
 *
 * Returns the code unchanged when sveltedown is already imported; throws a `SetupError` for a
 * config that is not an object literal, or whose `extensions` is not an array literal.
 */
export function addSvelteConfigPreprocess(
  code: string,
  settings: SveltedownSettings = {},
  filename = 'svelte.config.js',
): string {
  const program = parseScript(code, filename)
  const imports = readImports(program)
  if (findSveltedownImport(imports)) return code
  assertNoMdsvex(program, filename)
  const config = findDefaultExportObject(program)
  if (!config) {
    throw new SetupError(
      'config_shape_unknown',
      `${filename} does not default-export an object literal (\`export default { ... }\` or \`const config = { ... }; export default config\`).`,
    )
  }
  const style = detectStyle(code, imports)
  const edits = new SourceEdits(code)
  const properties = children(config, 'properties')
  const call = sveltedownCall(settings, style)
  const extensions = settings.extensions ?? DEFAULT_EXTENSIONS

  // New properties of the config object, added together at its end.
  const added: string[] = []
  const extensionsValue = propertyValue(properties, 'extensions')
  const wanted = ['.svelte', ...extensions]
  if (!extensionsValue) added.push(`extensions: ${list(wanted, style)}`)
  else if (extensionsValue.type === 'ArrayExpression') {
    const elements = children(extensionsValue, 'elements')
    const present = new Set(elements.map((element) => element.value))
    const missing = wanted.filter((extension) => !present.has(extension))
    const texts = missing.map((extension) => quoted(extension, style))
    appendItems(edits, extensionsValue, elements, texts, style)
  } else {
    throw new SetupError(
      'config_shape_unknown',
      `${filename}: \`extensions\` is not an array literal; add ${wanted.map((e) => `'${e}'`).join(', ')} to it by hand.`,
    )
  }

  const preprocess = propertyValue(properties, 'preprocess')
  if (!preprocess) added.push(`preprocess: [${call}]`)
  else if (preprocess.type === 'ArrayExpression') {
    appendItems(edits, preprocess, children(preprocess, 'elements'), [call], style)
  } else {
    edits.insert(preprocess.start, '[')
    edits.insert(preprocess.end, `, ${call}]`)
  }
  appendItems(edits, config, properties, added, style)
  addNamedImport(edits, imports, style, 'sveltedown', 'sveltedown')
  return edits.apply()
}

function list(values: string[], style: SourceStyle): string {
  return `[${values.map((value) => quoted(value, style)).join(', ')}]`
}

function propertyValue(properties: AstNode[], name: string): AstNode | undefined {
  const property = properties.find((node) => {
    const key = child(node, 'key')
    return node.type === 'Property' && (key?.name === name || key?.value === name)
  })
  const value = property && child(property, 'value')
  return value && unwrap(value)
}

/** `export default { ... }`, `export default config` (a `const` object), with `satisfies` / `as`. */
function findDefaultExportObject(program: AstNode): AstNode | undefined {
  const declaration = children(program, 'body').find((n) => n.type === 'ExportDefaultDeclaration')
  const exported = declaration && child(declaration, 'declaration')
  if (!exported) return undefined
  let value = unwrap(exported)
  if (value.type === 'Identifier') {
    let init: AstNode | undefined
    walk(program, (node) => {
      if (node.type === 'VariableDeclarator' && child(node, 'id')?.name === value.name) {
        init = child(node, 'init')
      }
      return undefined
    })
    if (!init) return undefined
    value = unwrap(init)
  }
  return value.type === 'ObjectExpression' ? value : undefined
}
