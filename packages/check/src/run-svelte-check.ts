import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LspPosition } from './map-diagnostic.js'

/** A diagnostic as svelte-check's `--output machine-verbose` prints it. */
export interface SvelteCheckDiagnostic {
  type: 'ERROR' | 'WARNING'
  /** Relative to the workspace. */
  filename: string
  start: LspPosition
  end: LspPosition
  message: string
  code?: string | number | undefined
  source?: string | undefined
}

/** One complete run: svelte-check prints one per check, and one more per change in `--watch`. */
export interface SvelteCheckRun {
  diagnostics: SvelteCheckDiagnostic[]
  fileCount: number
}

export interface SvelteCheckOptions {
  tsconfig: string
  watch: boolean
  /** Arguments passed on as they are (`--compiler-warnings`, `--diagnostic-sources`). */
  extraArgs: string[]
  onRun: (run: SvelteCheckRun) => void
}

export interface SvelteCheckProcess {
  /**
   * Run the check with the tsconfig that includes the shadows (written by now), reading its
   * machine-verbose output run by run. Resolves with the exit when it ends; `stop()` ends a
   * watching one.
   */
  run(options: SvelteCheckOptions): {
    done: Promise<{ failure: string | undefined }>
    stop: () => void
  }
  /** End the process before it ran (the check failed before it could start it). */
  cancel(): void
}

/**
 * Start the real svelte-check (the project's own when it has one) on the workspace at once: it
 * loads its modules (see `svelte-check-preload.ts`) while the check loads the config and
 * compiles, and checks once `run()` gives it its arguments.
 */
export function startSvelteCheck(root: string): SvelteCheckProcess {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', preloadUrl().href, svelteCheckBin(root)],
    { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
  )
  // Ended early (`cancel()`), it may be gone before its stdin is written.
  child.stdin?.on('error', () => {})
  let current: SvelteCheckDiagnostic[] | undefined
  let failure: string | undefined
  let buffer = ''
  let stderr = ''
  let onRun: SvelteCheckOptions['onRun'] = () => {}
  const onLine = (line: string) => {
    // `<timestamp> START "…"`, `<timestamp> {json}`, `<timestamp> COMPLETED n FILES …`
    const body = line.replace(/^\d+ /, '')
    if (body.startsWith('START')) current = []
    else if (body.startsWith('{')) current?.push(JSON.parse(body) as SvelteCheckDiagnostic)
    else if (body.startsWith('COMPLETED')) {
      const fileCount = Number(/(\d+) FILES/.exec(body)?.[1] ?? 0)
      onRun({ diagnostics: current ?? [], fileCount })
      current = undefined
    } else if (body.startsWith('FAILURE')) failure = JSON.parse(body.slice('FAILURE '.length))
  }
  child.stdout?.setEncoding('utf8')
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk
    let newline = buffer.indexOf('\n')
    while (newline >= 0) {
      onLine(buffer.slice(0, newline))
      buffer = buffer.slice(newline + 1)
      newline = buffer.indexOf('\n')
    }
  })
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => (stderr += chunk))
  const done = new Promise<{ failure: string | undefined }>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => {
      if (buffer) onLine(buffer)
      if (signal || code === 0 || code === 1) {
        resolve({
          failure: failure ?? (code === 1 && stderr.includes('failed') ? stderr : undefined),
        })
      } else resolve({ failure: failure ?? (stderr || `svelte-check exited with ${code}`) })
    })
  })
  return {
    run(options) {
      onRun = options.onRun
      const args = [
        '--workspace',
        root,
        '--tsconfig',
        options.tsconfig,
        '--output',
        'machine-verbose',
        ...(options.watch ? ['--watch', '--preserveWatchOutput'] : []),
        ...options.extraArgs,
      ]
      child.stdin?.end(`${JSON.stringify(args)}\n`)
      return { done, stop: () => child.kill('SIGTERM') }
    },
    cancel() {
      child.stdin?.end()
      // A failed spawn rejects `done`; nobody waits for it any more.
      done.catch(() => {})
    },
  }
}

/** The built preload next to this module; from the sources (tests), the built one in `dist`. */
function preloadUrl(): URL {
  const here = new URL('./svelte-check-preload.js', import.meta.url)
  if (fs.existsSync(fileURLToPath(here))) return here
  return new URL('../dist/svelte-check-preload.js', import.meta.url)
}

/** The project's svelte-check if it has one (its version, its TypeScript), else ours. */
function svelteCheckBin(root: string): string {
  for (const from of [path.join(root, 'package.json'), import.meta.filename]) {
    try {
      const require = createRequire(from)
      const manifest = require.resolve('svelte-check/package.json')
      const { bin } = require(manifest) as { bin: string | Record<string, string> }
      const relative = typeof bin === 'string' ? bin : (bin['svelte-check'] ?? '')
      return path.join(path.dirname(manifest), relative)
    } catch {}
  }
  throw new Error('svelte-check was not found: install it (`npm i -D svelte-check`)')
}
