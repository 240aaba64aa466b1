import { type ChildProcess, spawn } from 'node:child_process'
import { projectEnv as sharedProjectEnv } from '../../../../test-utils/project-env.ts'
import { runToEnd } from '../../../../test-utils/run-to-end.ts'

/** The built CLI, as `sveltedown check` runs it. */
export const cli = new URL('../../dist/cli.js', import.meta.url).pathname

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The project environment (see test-utils/project-env.ts), without colours in the output. */
export function projectEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return sharedProjectEnv({ NO_COLOR: '1', ...extra })
}

/** Run a command to its end (any exit code), with its output. */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Promise<Run> {
  const { code, stdout, stderr } = await runToEnd(command, args, {
    ...options,
    env: options.env ?? projectEnv(),
  })
  return { code, stdout, stderr }
}

/** Start a long-running command; `waitFor` resolves once its output matches. */
export function start(command: string, args: string[], cwd: string) {
  const child: ChildProcess = spawn(command, args, {
    cwd,
    env: projectEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const waiters: Array<() => void> = []
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    for (const waiter of waiters.splice(0)) waiter()
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  return {
    get output() {
      return output
    },
    /** Resolves when `test` holds for the output from `from` on. */
    waitFor(test: (text: string) => boolean, from = 0, timeout = 120_000): Promise<string> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out; output so far:\n${output}`)),
          timeout,
        )
        const check = () => {
          const text = output.slice(from)
          if (test(text)) {
            clearTimeout(timer)
            resolve(text)
          } else waiters.push(check)
        }
        check()
      })
    },
    /** Ask it to stop (SIGTERM); resolves with its exit code. */
    stop(): Promise<number | null> {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
        child.once('close', (code) => resolve(code))
        child.kill('SIGTERM')
      })
    },
  }
}
