import { compile } from 'sveltedown'
import { describe, expect, test } from 'vitest'
import { compileShadow } from '../src/compile-shadow.ts'
import { toDocument, toDocumentRange, toShadow } from '../src/shadow-position.ts'

/** A document with each kind of piece the compiler maps: script, expression, tag, attribute. */
const source = `---
title: Mapped
---

<script lang="ts">
  import Card from './Card.svelte'
  let count: number = 2
</script>

# {title}

Prose with {count} inside.

<Card label="Hello" total={count * 2} />
`

const shadow = await compileShadow(
  source,
  '/project/src/routes/+page.svx',
  '/project',
  {},
  compile,
  'src/routes/+page.svx',
)

/** 0-based position of the `nth` occurrence of `text` (plus `offset`) in `text`s. */
function at(text: string, find: string, offset = 0, nth = 0) {
  let index = -1
  for (let i = 0; i <= nth; i++) index = text.indexOf(find, index + 1)
  const before = text.slice(0, index + offset).split('\n')
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 }
}

function textAt(text: string, position: { line: number; character: number }, length: number) {
  return (text.split('\n')[position.line] ?? '').slice(
    position.character,
    position.character + length,
  )
}

describe('positions between a document and its shadow', () => {
  test.each([
    ['a script variable', 'count: number', 2],
    ['an expression in prose', '{count} inside', 3],
    ['a component name', '<Card label', 3],
    ['inside an attribute', 'label="Hello"', 4],
    ['inside an attribute expression', 'count * 2', 6],
  ])('%s maps to the same text in the shadow and back', (_name, find, offset) => {
    const inDocument = at(source, find, offset)
    const inShadow = toShadow(shadow, inDocument)
    expect(inShadow).toBeDefined()
    const expected = find.slice(offset, offset + 3)
    expect(textAt(shadow.code, inShadow as never, 3)).toBe(expected)
    expect(toDocument(shadow, inShadow as never)).toEqual({
      line: inDocument.line + 1,
      column: inDocument.character + 1,
    })
  })

  test('a frontmatter key used in the markup maps to the expression, not the generated destructuring', () => {
    const inShadow = toShadow(shadow, at(source, '{title}', 1))
    expect(shadow.code.split('\n')[inShadow?.line ?? 0]).toContain('{title}')
  })

  test('a range ends where its text ends, also when the next piece is generated', () => {
    const start = at(shadow.code, '{count}', 1)
    const range = toDocumentRange(shadow, {
      start,
      end: { line: start.line, character: start.character + 'count'.length },
    })
    expect(range).toEqual({
      start: at(source, '{count} inside', 1),
      end: at(source, '{count} inside', 1 + 'count'.length),
    })
  })

  test('generated code has no place in the document of its own', () => {
    // The module script's `export const headings = …` is all generated.
    expect(
      toDocumentRange(shadow, {
        start: at(shadow.code, 'export const headings'),
        end: at(shadow.code, 'export const headings', 6),
      }),
    ).toBeUndefined()
  })
})
