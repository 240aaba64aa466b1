import {
  type BlockRenderer,
  createBlockRenderer as createUntimed,
} from '../../../packages/render/src/stream/create-block-renderer.ts'

/** Per update: the block renderer's time (parse to hast), the blocks, and the last one's key. */
export const updates = { parse: [] as number[], blocks: [] as number[], lastKey: [] as string[] }

/** `<Markdown>`'s block renderer, timed: the bench's Vite config puts it in place of the real one. */
export function createBlockRenderer(): BlockRenderer {
  const renderer = createUntimed()
  return {
    update(...args) {
      const start = performance.now()
      const rendered = renderer.update(...args)
      updates.parse.push(performance.now() - start)
      updates.blocks.push(rendered.blocks.length)
      updates.lastKey.push(rendered.blocks.at(-1)?.key ?? '')
      return rendered
    },
  }
}
