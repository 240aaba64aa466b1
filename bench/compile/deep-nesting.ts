import { compile } from 'sveltedown'

export interface DeepOutcome {
  name: string
  depth: number
  bytes: number
  ms: number
  /** `ok`, or the error code (`nesting_too_deep`), or `crash` for anything unpositioned. */
  outcome: string
  line?: number | undefined
}

/** Documents nested `depth` deep: lists, block quotes, elements, components and blocks. */
export function deepCases(depth: number) {
  const cases: Record<string, string> = {
    'list (one line: `- - - x`)': `${'- '.repeat(depth)}x\n`,
    'list (indented, one item per line)': `${Array.from({ length: depth }, (_, index) => `${'  '.repeat(index)}- item`).join('\n')}\n`,
    'block quote': `${'> '.repeat(depth)}deep\n`,
    'HTML elements (`<div>` per line)': `${'<div>\n'.repeat(depth)}text\n${'</div>\n'.repeat(depth)}`,
    'components (`<C>` per line)': `${'<C>\n'.repeat(depth)}text\n${'</C>\n'.repeat(depth)}`,
    'inline elements (`<span>`)': `${'<span>'.repeat(depth)}text${'</span>'.repeat(depth)}\n`,
    'blocks (`{#if}`)': `${'{#if a}\n'.repeat(depth)}x\n${'{/if}\n'.repeat(depth)}`,
    emphasis: `${'*'.repeat(depth)}x${'*'.repeat(depth)}\n`,
  }
  return Object.entries(cases).map(([name, source]) => ({
    name,
    async run(): Promise<DeepOutcome> {
      const start = performance.now()
      const base = { name, depth, bytes: Buffer.byteLength(source) }
      try {
        await compile(source, { filename: 'deep.svx', highlight: false })
        return { ...base, ms: performance.now() - start, outcome: 'ok' }
      } catch (error) {
        const { code, start: at } = error as { code?: string; start?: { line: number } }
        return {
          ...base,
          ms: performance.now() - start,
          outcome: code ?? `crash: ${(error as Error).message}`,
          line: at?.line,
        }
      }
    },
  }))
}
