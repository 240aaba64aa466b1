import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type * as TypeScript from 'typescript'

type Ts = typeof TypeScript

/** What was read last time, so an unchanged config and unchanged types are not read again. */
interface Saved {
  configFile: string
  files: Array<[file: string, mtimeMs: number, size: number]>
  types: Record<string, string>
}

/**
 * The output type of each schema of a `content` map written in the Vite config itself
 * (`sveltedown({ content: { 'src/routes/blog/**': { schema: z.object(...) } } })`), as
 * TypeScript text: `{ title: string; date: Date; draft: boolean; }`. Those types exist only in
 * that module, inside a call whose result `defineConfig()` types as a plain `Plugin`, so no
 * `import type` can reach them: the project's own TypeScript reads the config module and its
 * type checker prints the type of each schema's `~standard.types.output`, as an editor would
 * show it on hover. Named types from elsewhere (`z.custom<Author>()`) print by their name and
 * are not in scope where the types are written: keep such schemas in a module and give
 * `content` its path.
 *
 * Reading the config with its imports' types takes seconds, so the result is kept in
 * `cacheFile` with the size and time of every file TypeScript read, and reused while none
 * changed. `undefined` when the project has no TypeScript or no `sveltedown({ content })` call
 * is found.
 */
export async function inlineContentTypes(
  root: string,
  configFile: string,
  cacheFile: string,
): Promise<Record<string, string> | undefined> {
  const saved = await readSaved(cacheFile, configFile)
  if (saved) return saved.types
  let ts: Ts
  try {
    const require = createRequire(path.join(root, 'package.json'))
    ts = require('typescript') as Ts
  } catch {
    return undefined
  }
  const options: TypeScript.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  }
  // Only the imports the `content` value uses are read (the schema library, not Vite's or
  // SvelteKit's types): a third of the time.
  const text = await fs.readFile(configFile, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const parsed = ts.createSourceFile(configFile, text, ts.ScriptTarget.ES2022, true)
  const parsedContent = findContentOption(ts, parsed)
  if (!parsedContent) return undefined
  const skipped = unusedImports(ts, parsed, parsedContent)
  const host = ts.createCompilerHost(options)
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, compilerOptions) =>
    literals.map((literal) =>
      containingFile === configFile && skipped.has(literal.text)
        ? { resolvedModule: undefined }
        : ts.resolveModuleName(
            literal.text,
            containingFile,
            compilerOptions,
            host,
            undefined,
            redirected,
          ),
    )
  const program = ts.createProgram([configFile], options, host)
  const source = program.getSourceFile(configFile)
  const content = source && findContentOption(ts, source)
  if (!content) return undefined
  const checker = program.getTypeChecker()
  const member = (type: TypeScript.Type | undefined, name: string) => {
    const symbol = type?.getProperty(name)
    return symbol && checker.getTypeOfSymbolAtLocation(symbol, content)
  }
  const types: Record<string, string> = {}
  for (const key of checker.getTypeAtLocation(content).getProperties()) {
    const entry = checker.getTypeOfSymbolAtLocation(key, content)
    const standard = member(member(entry, 'schema'), '~standard')
    const declared = member(standard, 'types')
    const output = declared && member(checker.getNonNullableType(declared), 'output')
    types[key.name] = output
      ? checker.typeToString(
          output,
          undefined,
          ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias,
        )
      : 'Sveltedown.Metadata'
  }
  const files = await Promise.all(
    program.getSourceFiles().map(async ({ fileName }) => {
      const stat = await fs.stat(fileName).catch(() => undefined)
      return [fileName, stat?.mtimeMs ?? 0, stat?.size ?? -1] as [string, number, number]
    }),
  )
  await fs.mkdir(path.dirname(cacheFile), { recursive: true })
  await fs.writeFile(cacheFile, JSON.stringify({ configFile, files, types } satisfies Saved))
  return types
}

/** The `content` value of the first `sveltedown({ ... content })` call in the module. */
function findContentOption(
  ts: Ts,
  source: TypeScript.SourceFile,
): TypeScript.Expression | undefined {
  let found: TypeScript.Expression | undefined
  const visit = (node: TypeScript.Node) => {
    if (found) return
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'sveltedown'
    ) {
      const options = node.arguments[0]
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const property of options.properties) {
          if (property.name?.getText(source) !== 'content') continue
          if (ts.isPropertyAssignment(property)) found = property.initializer
          else if (ts.isShorthandPropertyAssignment(property)) found = property.name
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/**
 * The module specifiers of the config's imports that the `content` value does not use, directly
 * or through the module's own declarations (`const post = z.object(...)`).
 */
function unusedImports(
  ts: Ts,
  source: TypeScript.SourceFile,
  content: TypeScript.Node,
): Set<string> {
  const declared = new Map<string, TypeScript.Node>()
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) declared.set(declaration.name.text, declaration)
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      statement.name
    ) {
      declared.set(statement.name.text, statement)
    }
  }
  const used = new Set<string>()
  const pending: TypeScript.Node[] = [content]
  const collect = (node: TypeScript.Node) => {
    if (ts.isIdentifier(node) && !used.has(node.text)) {
      used.add(node.text)
      const declaration = declared.get(node.text)
      if (declaration) pending.push(declaration)
    }
    ts.forEachChild(node, collect)
  }
  for (let node = pending.pop(); node; node = pending.pop()) collect(node)
  const skipped = new Set<string>()
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue
    const clause = statement.importClause
    const names = [
      clause?.name?.text,
      clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)
        ? clause.namedBindings.name.text
        : undefined,
      ...(clause?.namedBindings && ts.isNamedImports(clause.namedBindings)
        ? clause.namedBindings.elements.map((element) => element.name.text)
        : []),
    ]
    if (!names.some((name) => name !== undefined && used.has(name))) {
      skipped.add(statement.moduleSpecifier.text)
    }
  }
  return skipped
}

async function readSaved(cacheFile: string, configFile: string): Promise<Saved | undefined> {
  const saved = await fs
    .readFile(cacheFile, 'utf8')
    .then((text) => JSON.parse(text) as Saved)
    .catch(() => undefined)
  if (!saved || saved.configFile !== configFile) return undefined
  for (const [file, mtimeMs, size] of saved.files) {
    const stat = await fs.stat(file).catch(() => undefined)
    if (stat?.mtimeMs !== mtimeMs || stat.size !== size) return undefined
  }
  return saved
}
