import { flushSync, mount, unmount } from 'svelte'
import Stream from './Stream.svelte'

/**
 * Append `chunks` one by one to the source of a freshly mounted renderer, as a chat UI does.
 * Each update is applied synchronously (`applyTimes`: parse and DOM update) and laid out (reading
 * `offsetHeight`; `times` include it), then the page gets
 * a turn of the event loop so any deferred work runs and is counted by the caller's CPU metrics.
 */
export async function streamInto(library: string, chunks: string[]) {
  const target = document.body.appendChild(document.createElement('div'))
  const props = $state({ library, source: '' })
  const component = mount(Stream, { target, props })
  const times: number[] = []
  const applyTimes: number[] = []
  for (const piece of chunks) {
    const start = performance.now()
    props.source += piece
    flushSync()
    applyTimes.push(performance.now() - start)
    void target.offsetHeight
    times.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
  const textLength = target.textContent?.length ?? 0
  unmount(component)
  target.remove()
  return { times, applyTimes, textLength }
}
