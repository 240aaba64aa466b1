/**
 * `vite build` (or `astro build`) of a written site in a fresh process, timed by GNU time:
 * wall time, CPU time (user + system) and the peak resident memory of the largest process.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { cacheFolders, type Way } from './write-site.ts'

const run = promisify(execFile)
const benchModules = path.resolve(import.meta.dirname, '../node_modules')

export interface BuildMeasurement {
  wallMs: number
  cpuMs: number
  peakRssMb: number
  /** 1-minute load average when the build started. */
  load: number
  /** Pages written to the output folder. */
  pages: number
}

/** The command line of a way's build (`node` is the Node binary to run it with). */
export function buildCommand(way: Way, node: string): string[] {
  return way === 'astro'
    ? [node, path.join(benchModules, 'astro/bin/astro.mjs'), 'build']
    : [node, path.join(benchModules, 'vite/bin/vite.js'), 'build']
}

export function removeCaches(directory: string): void {
  for (const folder of cacheFolders) {
    fs.rmSync(path.join(directory, folder), { recursive: true, force: true })
  }
}

export async function buildSite(
  directory: string,
  way: Way,
  node: string,
  { cold }: { cold: boolean },
): Promise<BuildMeasurement> {
  if (cold) removeCaches(directory)
  else
    for (const output of ['build', 'dist'])
      fs.rmSync(path.join(directory, output), { recursive: true, force: true })
  const load = os.loadavg()[0] ?? 0
  const report = path.join(directory, '.time')
  const [binary = node, ...args] = buildCommand(way, node)
  try {
    await run('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', binary, ...args], {
      cwd: directory,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 1_800_000,
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(
      `${way} build failed in ${directory}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`,
    )
  }
  const [wall = 0, user = 0, system = 0, rssKb = 0] =
    fs.readFileSync(report, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? []
  return {
    wallMs: wall * 1000,
    cpuMs: (user + system) * 1000,
    peakRssMb: rssKb / 1024,
    load,
    pages: countPages(path.join(directory, way === 'astro' ? 'dist' : 'build')),
  }
}

function countPages(directory: string): number {
  if (!fs.existsSync(directory)) return 0
  return fs
    .readdirSync(directory, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html')).length
}
