import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectEnv } from './project-env.ts'

/** The Svelte CLI version the apps are made with. */
export const SV = 'sv@0.17.1'

const packages = path.resolve(import.meta.dirname, '../packages')
/** npm's cache for `npx sv`, kept between runs. */
const npmCache = path.resolve(packages, '../node_modules/.cache/sveltedown-check-npm')

/**
 * A fresh app as a user makes one, in `work/app`: `npx sv create` (minimal, TypeScript), then
 * `npx sv add @sveltedown` (this repository's add-on, with the example page), then an install
 * in which this repository's unpublished packages come from `pnpm pack` tarballs through pnpm
 * overrides. Needs `pnpm build` first and the npm registry. Resolves with the app's root.
 */
export async function createSvApp(
  work: string,
  /** Folders under `packages/` to install from tarballs, by package name. */
  tarballPackages: Record<string, string> = {
    sveltedown: 'sveltedown',
    '@sveltedown/kit': 'kit',
    '@sveltedown/check': 'check',
  },
): Promise<string> {
  const tarballs: Record<string, string> = {}
  for (const [name, folder] of Object.entries(tarballPackages)) {
    const { stdout } = await ok(
      'pnpm',
      ['pack', '--pack-destination', path.join(work, 'tarballs')],
      path.join(packages, folder),
    )
    tarballs[name] = `file:${stdout.trim().split('\n').at(-1)?.trim()}`
  }
  const npx = projectEnv({ npm_config_cache: npmCache })
  await ok(
    'npx',
    [
      '--yes',
      SV,
      'create',
      'app',
      '--template',
      'minimal',
      '--types',
      'ts',
      '--no-add-ons',
      '--no-install',
    ],
    work,
    npx,
  )
  const root = path.join(work, 'app')
  await ok(
    'npx',
    [
      '--yes',
      SV,
      'add',
      `file:${path.join(packages, 'sv')}=extensions:.svx,.mds+example:yes`,
      '--no-git-check',
      '--no-download-check',
      '--no-install',
    ],
    root,
    npx,
  )
  const file = path.join(root, 'package.json')
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'))
  pkg.pnpm = { overrides: tarballs }
  fs.writeFileSync(file, JSON.stringify(pkg, null, '\t'))
  await ok('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], root)
  return root
}

/** Run a command to its end; reject with its output unless it exits with 0. */
function ok(
  command: string,
  args: string[],
  cwd: string,
  env = projectEnv(),
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000)
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      if (code === 0) resolve({ stdout, stderr })
      else reject(new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`))
    })
  })
}
