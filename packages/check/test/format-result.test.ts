import { expect, test } from 'vitest'
import { summarize } from '../src/check-diagnostic.ts'
import { type CheckDiagnostic, formatResult } from '../src/index.ts'

const error: CheckDiagnostic = {
  type: 'ERROR',
  filename: 'src/routes/+page.svx',
  start: { line: 12, column: 7 },
  end: { line: 12, column: 12 },
  message: "Type 'string' is not assignable to type 'number'.",
  code: 2322,
  source: 'ts',
  frame: '12 | <Card n="x" />\n   |       ^^^^^',
}
const warning: CheckDiagnostic = {
  ...error,
  type: 'WARNING',
  filename: 'src/lib/Card.svelte',
  start: { line: 1, column: 1 },
  end: { line: 1, column: 2 },
  message: 'Unused CSS selector "p"',
  code: 'css_unused_selector',
  source: 'svelte',
  frame: undefined,
}
const result = summarize([warning, error], 10)

test('human: file:line:column, the frame, a summary', () => {
  expect(formatResult(result, 'human', '/app')).toBe(
    [
      `src/lib/Card.svelte:1:1 Warn: Unused CSS selector "p" (svelte)`,
      '',
      `src/routes/+page.svx:12:7 Error: Type 'string' is not assignable to type 'number'. (ts)`,
      '12 | <Card n="x" />',
      '   |       ^^^^^',
      '',
      'sveltedown check found 1 error and 1 warning in 2 files',
      '',
    ].join('\n'),
  )
})

test('machine: svelte-check lines, 1-based', () => {
  const lines = formatResult(result, 'machine', '/app').trim().split('\n')
  expect(lines.map((line) => line.replace(/^\d+ /, ''))).toEqual([
    'START "/app"',
    'WARNING "src/lib/Card.svelte" 1:1 "Unused CSS selector \\"p\\""',
    `ERROR "src/routes/+page.svx" 12:7 "Type 'string' is not assignable to type 'number'."`,
    'COMPLETED 10 FILES 1 ERRORS 1 WARNINGS 2 FILES_WITH_PROBLEMS',
  ])
})

test('machine-verbose: svelte-check objects, 0-based LSP positions, with the frame', () => {
  const lines = formatResult(result, 'machine-verbose', '/app').trim().split('\n')
  expect(JSON.parse(lines[2]?.replace(/^\d+ /, '') ?? '')).toEqual({
    type: 'ERROR',
    filename: 'src/routes/+page.svx',
    start: { line: 11, character: 6 },
    end: { line: 11, character: 11 },
    message: error.message,
    code: 2322,
    source: 'ts',
    frame: error.frame,
  })
})

test('json: the whole result, sorted by file and position', () => {
  expect(JSON.parse(formatResult(result, 'json', '/app'))).toEqual({
    diagnostics: [warning, error].map((d) => JSON.parse(JSON.stringify(d))),
    errorCount: 1,
    warningCount: 1,
    fileCount: 10,
  })
})
