import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createProjects } from './create-projects.ts'

const cli = path.resolve(import.meta.dirname, '../../packages/check/dist/cli.js')
const modules = path.resolve(
  import.meta.dirname,
  '../../fixtures/apps/kit-vite-config/node_modules',
)

export interface Timing {
  ms: number
  /** User + system CPU time of the command and every process it started: steadier under load. */
  cpuMs: number
  errors: number
  warnings: number
}

export interface CheckBench {
  pages: number
  rejected: number
  passes: number
  /**
   * `sveltedown check` on the `.svx` project, its own config loading and SvelteKit sync included:
   * with an empty compile cache (cold), and with the cache of the previous run (warm).
   */
  sveltedownCold: Timing[]
  sveltedownWarm: Timing[]
  /** svelte-check alone on the `.svelte` project (types synced beforehand). */
  svelteCheck: Timing[]
  /** `svelte-kit sync && svelte-check`, as an app's `check` script runs it. */
  syncAndSvelteCheck: Timing[]
}

/**
 * Time `sveltedown check` on the corpus as `.svx` pages against svelte-check on the same pages as
 * `.svelte` files, in one run, passes interleaved (each pass starts with the next command).
 */
export async function benchCheck(options: { limit?: number; passes: number }): Promise<CheckBench> {
  const projects = await createProjects(options.limit)
  try {
    const svelteCheckBin = path.join(modules, 'svelte-check/bin/svelte-check')
    const svelteKitBin = path.join(modules, '@sveltejs/kit/svelte-kit.js')
    const sveltedown = () =>
      time(
        process.execPath,
        [cli, '--workspace', projects.svx, '--output', 'machine'],
        projects.svx,
      )
    const commands = {
      sveltedownCold: () => {
        fs.rmSync(path.join(projects.svx, '.sveltedown-cache'), { recursive: true, force: true })
        return sveltedown()
      },
      sveltedownWarm: sveltedown,
      svelteCheck: () =>
        time(
          process.execPath,
          [
            svelteCheckBin,
            '--workspace',
            projects.svelte,
            '--tsconfig',
            './tsconfig.json',
            '--output',
            'machine',
          ],
          projects.svelte,
        ),
      syncAndSvelteCheck: () => {
        const sync = time(process.execPath, [svelteKitBin, 'sync'], projects.svelte)
        const checked = commands.svelteCheck()
        return { ...checked, ms: sync.ms + checked.ms, cpuMs: sync.cpuMs + checked.cpuMs }
      },
    }
    // SvelteKit's generated types for the .svelte project, and a warm-up of both.
    time(process.execPath, [svelteKitBin, 'sync'], projects.svelte)
    commands.sveltedownCold()
    commands.svelteCheck()
    const results: CheckBench = {
      pages: projects.pages,
      rejected: projects.rejected,
      passes: options.passes,
      sveltedownCold: [],
      sveltedownWarm: [],
      svelteCheck: [],
      syncAndSvelteCheck: [],
    }
    const names = Object.keys(commands) as Array<keyof typeof commands>
    for (let pass = 0; pass < options.passes; pass++) {
      for (let step = 0; step < names.length; step++) {
        const name = names[(pass + step) % names.length] as keyof typeof commands
        results[name].push(commands[name]())
      }
    }
    return results
  } finally {
    projects.remove()
  }
}

/**
 * Wall and CPU time of a command. The command runs under `sh`, whose `times` prints the CPU time
 * of its finished children (the command and everything it waited for) on its second line.
 */
function time(command: string, args: string[], cwd: string): Timing {
  const started = performance.now()
  const result = spawnSync(
    '/bin/sh',
    ['-c', '"$@"; status=$?; times >&2; exit $status', 'sh', command, ...args],
    { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const ms = performance.now() - started
  const children = result.stderr.trim().split('\n').at(-1) ?? ''
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, [, minutes, seconds]) => sum + (Number(minutes) * 60 + Number(seconds)) * 1000,
    0,
  )
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  const completed = /COMPLETED \d+ FILES (\d+) ERRORS (\d+) WARNINGS/.exec(result.stdout)
  return {
    ms,
    cpuMs,
    errors: Number(completed?.[1] ?? Number.NaN),
    warnings: Number(completed?.[2] ?? Number.NaN),
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
