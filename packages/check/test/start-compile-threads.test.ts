import { type CompileResult, compile, SveltedownError } from 'sveltedown'
import { expect, test } from 'vitest'
import { startCompileThreads } from '../src/start-compile-threads.ts'

test('documents compile in this thread and a worker alike; a broken one fails with its SveltedownError', async () => {
  const threads = startCompileThreads(1)
  try {
    const options = { root: import.meta.dirname, highlight: false as const }
    const broken = '---\ntitle: [\n---\n# Hi\n'
    // Two documents go to each thread at a time: this thread compiles the first two, the worker
    // the next two (a broken one among them: its error crosses back from the worker).
    const sources = ['# One {x}\n', broken, '- three\n', broken, '<div>\n\nfive\n\n</div>\n']
    const outcome = (source: string, index: number, run: typeof compile) =>
      run(source, { ...options, filename: `/doc-${index}.svx` }).then(
        (result: CompileResult) => ({ code: result.code, map: result.map }),
        (error: SveltedownError) => ({
          error: error instanceof SveltedownError,
          code: error.code,
          start: error.start,
          message: error.message,
        }),
      )
    const inThreads = await Promise.all(
      sources.map((source, index) =>
        outcome(source, index, (source, options) => threads.compile(source, options ?? {}, false)),
      ),
    )
    const here = await Promise.all(sources.map((source, index) => outcome(source, index, compile)))
    expect(inThreads).toEqual(here)
    expect(here[1]).toMatchObject({ error: true })
    expect(here[3]).toMatchObject({ error: true })
  } finally {
    threads.close()
  }
})
