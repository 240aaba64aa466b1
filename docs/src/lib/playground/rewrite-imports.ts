/**
 * A compiled component imports Svelte's runtime by name (`svelte/internal/client`). In the
 * playground it runs from a blob URL, where bare names do not resolve, so each import becomes a
 * read of the modules the page itself loaded: the component and the page share one runtime.
 * Imports of anything else are an error the rendered pane shows.
 */
export function rewriteImports(code: string, available: ReadonlySet<string>): string {
  return code.replace(
    /^import\s+(?:([^'";]+?)\s+from\s+)?(['"])([^'"]+)\2;?/gm,
    (_, clause: string | undefined, _quote: string, specifier: string) => {
      if (!available.has(specifier)) {
        throw new Error(
          `Cannot import "${specifier}" in the playground: only Svelte's own modules load here`,
        )
      }
      const module = `__playgroundModules[${JSON.stringify(specifier)}]`
      return clause ? bindings(clause.trim(), module) : ''
    },
  )
}

/** `* as $`, `Default`, `{ a, b as c }` and their combinations, as `const` declarations. */
function bindings(clause: string, module: string): string {
  const declarations: string[] = []
  const named = /\{([\s\S]*)\}/.exec(clause)
  const rest = clause
    .replace(/\{[\s\S]*\}/, '')
    .replace(/,\s*$/, '')
    .trim()
  for (const part of rest
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const namespace = /^\*\s+as\s+([\w$]+)$/.exec(part)
    declarations.push(
      namespace ? `const ${namespace[1]} = ${module};` : `const ${part} = ${module}.default;`,
    )
  }
  if (named?.[1]) {
    const names = named[1]
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
      .map((item) => item.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'))
    declarations.push(`const { ${names.join(', ')} } = ${module};`)
  }
  return declarations.join(' ')
}
