/**
 * The `check` script runs `sveltedown check` instead of `svelte-check`: it runs svelte-check on
 * the project's files and on its documents, so nothing is checked twice. Arguments stay
 * (`--tsconfig ./tsconfig.json`); so does the rest of the file. A project without a `check`
 * script, or already set up, is returned unchanged.
 */
export function addCheckScript(packageJson: string): string {
  const scripts = (JSON.parse(packageJson) as { scripts?: Record<string, unknown> }).scripts
  const check = scripts?.check
  if (typeof check !== 'string' || check.includes('sveltedown check')) return packageJson
  const edited = check.replace(/(^|&&\s*|;\s*)svelte-check\b/, '$1sveltedown check')
  if (edited === check) return packageJson
  const key = /"check"\s*:\s*/.exec(packageJson)
  if (!key) return packageJson
  const at = packageJson.indexOf(JSON.stringify(check), key.index)
  if (at < 0) return packageJson
  return (
    packageJson.slice(0, at) +
    JSON.stringify(edited) +
    packageJson.slice(at + JSON.stringify(check).length)
  )
}
