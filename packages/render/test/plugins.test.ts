import type { Root } from 'mdast'
import { describe, expect, test } from 'vitest'
import { createPluginRunner } from '../src/plugins/create-plugin-runner.ts'

const tree = (): Root => ({ type: 'root', children: [] })

describe("unified's plugin protocol, run synchronously", () => {
  test('attachers get their options and `this.data()`; transformers run in order', () => {
    const calls: string[] = []
    function first(this: { data(): Record<string, unknown> }, options?: { name: string }) {
      ;(this.data().seen as string[] | undefined)?.push('first')
      this.data().seen ??= ['first']
      return () => {
        calls.push(`first:${options?.name}`)
      }
    }
    const second = () => (root: Root) => {
      calls.push('second')
      root.children.push({ type: 'thematicBreak' })
    }
    const runner = createPluginRunner([
      [first, { name: 'a' }],
      { plugins: [second], settings: { x: 1 } },
    ])
    const result = runner.run(tree())
    expect(calls).toEqual(['first:a', 'second'])
    expect(result.children).toEqual([{ type: 'thematicBreak' }])
    expect(runner.data).toMatchObject({ seen: ['first'], settings: { x: 1 } })
  })

  test('a transformer may return a new tree or call its callback at once', () => {
    const replace = () => (): Root => ({ type: 'root', children: [{ type: 'html', value: 'x' }] })
    const callback = () => (_: Root, __: unknown, next: (error?: unknown) => void) => next()
    expect(createPluginRunner([replace, callback]).run(tree()).children).toHaveLength(1)
  })

  test('`[plugin, false]` is off; a promise fails as unified’s runSync does; errors propagate', () => {
    const boom = () => () => {
      throw new Error('boom')
    }
    expect(() => createPluginRunner([[boom, false]]).run(tree())).not.toThrow()
    expect(() => createPluginRunner([() => async () => {}]).run(tree())).toThrow(
      '`runSync` finished async',
    )
    expect(() => createPluginRunner([boom]).run(tree())).toThrow('boom')
  })

  test('file.message() collects messages, as rehype-katex reports with it', () => {
    let count = 0
    const report =
      () => (_: Root, file: { message(reason: string): unknown; messages: unknown[] }) => {
        file.message('Could not render')
        count = file.messages.length
      }
    createPluginRunner([report]).run(tree())
    expect(count).toBe(1)
  })
})
