import { describe, expect, it } from 'vitest'
import { compile, SveltedownError } from '../src/index.js'

/** Compile, returning the error instead of throwing it. */
async function outcome(source: string) {
  try {
    return await compile(source, { filename: 'deep.svx', highlight: false })
  } catch (error) {
    return error as Error
  }
}

const deep = (depth: number) => ({
  list: `${'- '.repeat(depth)}x\n`,
  'indented list': `${Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- item`).join('\n')}\n`,
  'block quote': `${'> '.repeat(depth)}x\n`,
  element: `${'<div>\n'.repeat(depth)}x\n${'</div>\n'.repeat(depth)}`,
  component: `${'<C>\n'.repeat(depth)}x\n${'</C>\n'.repeat(depth)}`,
  'inline element': `${'<span>'.repeat(depth)}x${'</span>'.repeat(depth)}\n`,
  block: `${'{#if a}\n'.repeat(depth)}x\n${'{/if}\n'.repeat(depth)}`,
})

describe('deep nesting', () => {
  for (const [name, source] of Object.entries(deep(1000))) {
    it(`a ${name} nested 1,000 deep is a positioned nesting_too_deep error, not a stack overflow`, async () => {
      const error = await outcome(source)
      expect(error).toBeInstanceOf(SveltedownError)
      expect((error as SveltedownError).code).toBe('nesting_too_deep')
      expect((error as SveltedownError).message).toMatch(
        /^Unexpected .+ nested 257 levels deep, expected at most 256 levels of nesting$/,
      )
      expect((error as SveltedownError).start.line).toBeGreaterThanOrEqual(1)
      expect((error as SveltedownError).frame).not.toBe('')
    })
  }

  it('a list indented 1,000 levels deep (1 MB) is refused before parsing, at its 257th level', async () => {
    const start = performance.now()
    const error = (await outcome(deep(1000)['indented list'])) as SveltedownError
    // micromark alone takes about half a minute on this document.
    expect(performance.now() - start).toBeLessThan(2000)
    expect(error.code).toBe('nesting_too_deep')
    expect(error.start).toMatchObject({ line: 257, column: 513 })
    expect(error.message).toBe(
      'Unexpected a list nested 257 levels deep, expected at most 256 levels of nesting',
    )
  })

  it('long runs of markers that are not containers compile', async () => {
    const markers = '> '.repeat(300)
    const source = [
      '* '.repeat(300),
      '',
      '```',
      markers,
      `${'- '.repeat(300)}x`,
      '```',
      '',
      `- item\n\n  ~~~\n  ${markers}\n  ~~~`,
      '',
    ].join('\n')
    const result = await outcome(source)
    if (result instanceof Error) throw result
    expect(result.code).toContain('<hr />')
    expect(result.code.split('<li>').length - 1).toBe(1)
  })

  it('an element nested 1,000 deep is reported on the line of the 257th level', async () => {
    const error = (await outcome(deep(1000).element)) as SveltedownError
    expect(error.start.line).toBe(257)
  })

  for (const [name, source] of Object.entries(deep(200))) {
    it(`a ${name} nested 200 deep compiles, every level in the output`, async () => {
      const result = await outcome(source)
      if (result instanceof Error) throw result
      const tag = {
        list: '<li>',
        'indented list': '<li>',
        'block quote': '<blockquote>',
        element: '<div>',
        component: '<C>',
        'inline element': '<span>',
        block: '{#if a}',
      }[name] as string
      expect(result.code.split(tag).length - 1).toBe(200)
    })
  }
})

describe('scale', () => {
  // A document of many sections; the full runs (1 MB, corpus copies) are in bench/compile.
  const section = (index: number) =>
    `## Section ${index}\n\nSome *prose* with \`code\`, a [link](/x/${index}) and {expression}.\n\n- a\n- b\n\n| a | b |\n| - | - |\n| ${index} | y |\n\n`
  const document = (sections: number) =>
    Array.from({ length: sections }, (_, index) => section(index)).join('')

  async function time(source: string) {
    let best = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      const start = performance.now()
      await compile(source, { filename: 'big.svx', highlight: false })
      best = Math.min(best, performance.now() - start)
    }
    return best
  }

  it('compile time grows linearly with document size (4x the text, not 16x the time)', async () => {
    await time(document(50))
    const small = await time(document(200))
    const large = await time(document(800))
    // Linear would be 4; quadratic 16. Allow for a noisy machine.
    expect(large / small).toBeLessThan(7)
  })
})
