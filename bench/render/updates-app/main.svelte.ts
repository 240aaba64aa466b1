import { flushSync, mount, unmount } from 'svelte'
import Stream from './Stream.svelte'
import { updates } from './timed-block-renderer.ts'

/**
 * Stream `chunks` as stream-app does, recording each update's parts: the block renderer (parse),
 * the rest of the synchronous apply (Svelte's DOM update), and the forced layout.
 */
async function streamParts(chunks: string[]) {
  const target = document.body.appendChild(document.createElement('div'))
  const props = $state({ source: '' })
  const component = mount(Stream, { target, props })
  for (const list of Object.values(updates)) list.length = 0
  const apply: number[] = []
  const layout: number[] = []
  for (const piece of chunks) {
    const start = performance.now()
    props.source += piece
    flushSync()
    const applied = performance.now()
    void target.offsetHeight
    apply.push(applied - start)
    layout.push(performance.now() - applied)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  unmount(component)
  target.remove()
  return {
    apply,
    layout,
    parse: [...updates.parse],
    blocks: [...updates.blocks],
    lastKey: [...updates.lastKey],
  }
}

;(window as unknown as Record<string, unknown>).bench = { streamParts }
