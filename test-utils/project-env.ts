/**
 * The environment of a command run in a generated or fixture project: none of the test runner's
 * variables (`NODE_ENV=test`, `VITEST*`, `NODE_OPTIONS`) nor the workspace's own pnpm settings
 * (`npm_*`), which would change how the project installs, builds and checks.
 */
export function projectEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|NODE_ENV$|NODE_OPTIONS$|TEST$)/i.test(key)) continue
    env[key] = value
  }
  return { ...env, ...extra }
}
