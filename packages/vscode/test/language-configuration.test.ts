import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

/** The language configuration as VS Code reads it (JSON), and what it does with its patterns. */
const configuration = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../language-configuration.json'), 'utf8'),
) as {
  comments: { blockComment: [string, string] }
  autoClosingPairs: Array<{ open: string; close: string }>
  folding: { markers: { start: string; end: string } }
  wordPattern: string
}

test('comments toggle as HTML comments; braces, brackets, quotes and comments close themselves', () => {
  expect(configuration.comments.blockComment).toEqual(['<!--', '-->'])
  expect(configuration.autoClosingPairs.map((pair) => pair.open + pair.close)).toEqual(
    expect.arrayContaining(['{}', '[]', '()', '""', "''", '``', '<!---->']),
  )
})

test('blocks, scripts, styles and regions fold', () => {
  const start = new RegExp(configuration.folding.markers.start)
  const end = new RegExp(configuration.folding.markers.end)
  for (const line of [
    '{#if open}',
    '{#each items as item}',
    '<script lang="ts">',
    '<style>',
    '<!-- #region intro -->',
  ]) {
    expect(start.test(line), line).toBe(true)
  }
  for (const line of ['{/if}', '{/each}', '</script>', '</style>', '<!-- #endregion -->']) {
    expect(end.test(line), line).toBe(true)
  }
  expect(start.test('Plain prose {value}')).toBe(false)
})

test('a word is an identifier: double-click selects `count` in `{count}` and `$state`', () => {
  const word = new RegExp(configuration.wordPattern, 'g')
  expect('{count}'.match(word)).toEqual(['count'])
  expect('let x = $state(0)'.match(word)).toContain('$state')
})
