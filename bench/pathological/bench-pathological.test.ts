import { expect, test } from 'vitest'
import { measureShapes } from './measure.ts'
import { formatReport } from './report.ts'
import { shapes } from './shapes.ts'

test('the pathological bench measures every shape against remark and reports each ratio', async () => {
  const rows = await measureShapes(shapes, { kib: [2], runs: 1, budgetMs: 10_000 })
  expect(rows.map((row) => row.shape)).toEqual(shapes.map((shape) => shape.name))
  for (const row of rows) {
    expect(row.remark).toBeGreaterThan(0)
    expect(row.plain).toBeGreaterThan(0)
    expect(row.defaults).toBeGreaterThan(0)
    // Every input compiles or fails with a stable code, never with a bare exception.
    expect(row.outcome).toMatch(/^[a-z_]+$/)
  }
  const report = formatReport(rows, 'test')
  expect(report).toContain('| unclosed comments, one per line |')
  expect(report).toMatch(/\| [\d.]+x \| (yes|no) \|/)
})
