import { TraceMap } from '@jridgewell/trace-mapping'
import { compile as compileSvelte } from 'svelte/compiler'
import { compile } from 'sveltedown'
import { describe, expect, test } from 'vitest'
import { type CompiledShadow, compileShadow } from '../src/compile-shadow.ts'
import { toDocument, toShadow } from '../src/shadow-position.ts'
import { typeShadow } from '../src/type-shadow.ts'

/** Code blocks (with braces and tags in them) between pieces a type checker and Svelte see. */
const source = `---
title: Code
---

<script lang="ts">
  let count: number = 2
</script>

# {title}

\`\`\`ts
const a = { b: '<c>' }
if (a.b < 2) console.log(\`\${a}\`)
\`\`\`

After: {count.toUpperCase()} and <img src="/a.png">

\`\`\`svelte
<img src="/b.png">
{#if x}{y}{/if}
\`\`\`

Last: {title.toFixed(1)}
`

const filename = '/project/src/routes/+page.svx'
/** The shadow, as `sveltedown check` compiles it: highlighting off. */
const shadow = await compileShadow(
  source,
  filename,
  '/project',
  {},
  compile,
  'src/routes/+page.svx',
)
/** The same document as the build compiles it, highlighted by Shiki. */
const built = await compile(source, { filename, root: '/project' })
const highlighted: CompiledShadow = {
  source,
  code: typeShadow(built.code),
  map: new TraceMap(built.map as ConstructorParameters<typeof TraceMap>[0]),
  diagnostics: [],
}

/** The output without its code blocks. */
const withoutCode = (code: string) => code.replace(/<pre[\s>][\s\S]*?<\/pre>/g, '<pre />')

/** Svelte's warnings on an output, at their document positions. */
function svelteWarnings(output: CompiledShadow) {
  const { warnings } = compileSvelte(output.code, { filename: 'page.svelte', generate: false })
  return warnings.map((warning) => ({
    code: warning.code,
    at: warning.start
      ? toDocument(output, { line: warning.start.line - 1, character: warning.start.column })
      : undefined,
  }))
}

/** 0-based position of `find` in `text`. */
function at(text: string, find: string) {
  const before = text.slice(0, text.indexOf(find)).split('\n')
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 }
}

describe('shadows are compiled with highlighting off', () => {
  test('Shiki did run in the build, and not in the shadow', () => {
    expect(built.code).toContain('class="shiki')
    expect(shadow.code).not.toContain('shiki')
  })

  test('apart from the code blocks, the shadow is the built component: the same scripts, expressions and markup', () => {
    expect(withoutCode(shadow.code)).toBe(withoutCode(highlighted.code))
  })

  test("Svelte's warnings are the same, at the same document positions", () => {
    const warnings = svelteWarnings(shadow)
    expect(warnings).toEqual(svelteWarnings(highlighted))
    // The `<img>` in prose, not the one shown in the code block.
    expect(warnings).toEqual([
      {
        code: 'a11y_missing_attribute',
        at: { line: at(source, '<img').line + 1, column: at(source, '<img').character + 1 },
      },
    ])
  })

  test.each([
    ['an expression after a code block', 'count.toUpperCase'],
    ['an expression after two', 'title.toFixed'],
    ['the script', 'count: number'],
  ])('%s maps to and from the same document position in both', (_name, find) => {
    const inDocument = at(source, find)
    for (const output of [shadow, highlighted]) {
      const inOutput = toShadow(output, inDocument)
      expect(inOutput).toBeDefined()
      const line = output.code.split('\n')[inOutput?.line ?? -1] ?? ''
      expect(line.slice(inOutput?.character, (inOutput?.character ?? 0) + find.length)).toBe(find)
      expect(toDocument(output, inOutput as never)).toEqual({
        line: inDocument.line + 1,
        column: inDocument.character + 1,
      })
    }
  })
})
