import fc from 'fast-check'
import { validDocument } from './valid-document.js'

/**
 * Arbitrary input: valid documents broken by random edits and splices, and random strings
 * from an alphabet heavy in the characters and tokens Markdown and Svelte give meaning to.
 * Nothing here is expected to compile; every failure must still be a positioned error.
 */

const characters = [...'<>{}*_[]()!#:/\\`-\t\n\n  |~&;"\'=@^$.1aAbBxX', 'é', '😀']
const tokens = [
  '{#if x}',
  '{:else if y}',
  '{:else}',
  '{/if}',
  '{#each xs as x, i (x)}',
  '{/each}',
  '{#await p}',
  '{:then v}',
  '{:catch e}',
  '{/await}',
  '{#key k}',
  '{/key}',
  '{#snippet s(a)}',
  '{/snippet}',
  '{@render s(1)}',
  '{@html h}',
  '{@const c = 1}',
  '{x}',
  '<div>',
  '</div>',
  '<Card a={1}>',
  '</Card>',
  '<b>',
  '</b>',
  '<br />',
  '<script>',
  '</script>',
  '<script module>',
  '<style>',
  '</style>',
  '<!--',
  '-->',
  '```',
  '~~~',
  '---\n',
  '***',
  '[^1]',
  '[^1]: ',
  '[a]: /u',
  '](/u)',
  '> ',
  '- ',
  '1. ',
  '- [ ] ',
  '# ',
  '| a |',
  '| - |',
  '    ',
  '\t\t',
  '&amp;',
  '\\{',
  'https://a.b',
  '<https://a.b>',
]

const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...characters), weight: 4 },
  { arbitrary: fc.constantFrom(...tokens), weight: 1 },
)

/** A random string from the alphabet above. */
export const alphabetString = (maxLength = 200) => fc.string({ unit, maxLength })

type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'splice'; at: number; other: string; from: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: alphabetString(8) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    other: validDocument().map((document) => document.source),
    from: fc.nat(),
  }),
)

function applyEdit(source: string, change: Edit): string {
  const size = source.length + 1
  switch (change.kind) {
    case 'delete': {
      const at = change.at % size
      return source.slice(0, at) + source.slice(at + change.length)
    }
    case 'insert': {
      const at = change.at % size
      return source.slice(0, at) + change.text + source.slice(at)
    }
    case 'duplicate': {
      const at = change.at % size
      return source.slice(0, at + change.length) + source.slice(at)
    }
    case 'swap-lines': {
      const lines = source.split('\n')
      const a = change.a % lines.length
      const b = change.b % lines.length
      ;[lines[a], lines[b]] = [lines[b]!, lines[a]!]
      return lines.join('\n')
    }
    case 'splice':
      return (
        source.slice(0, change.at % size) +
        change.other.slice(change.from % (change.other.length + 1))
      )
  }
}

/** A valid document with one to four random edits. */
export const mutatedDocument: fc.Arbitrary<string> = fc
  .tuple(validDocument(), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([document, edits]) => edits.reduce(applyEdit, document.source))

/** Either family of arbitrary input. */
export const arbitraryDocument: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: mutatedDocument, weight: 3 },
  { arbitrary: alphabetString(), weight: 2 },
)
