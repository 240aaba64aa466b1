import { createBlockRenderer } from '@sveltedown/render'
import { flushSync, mount, unmount } from 'svelte'
import Stream from './Stream.svelte'

export interface StreamTimes {
  times: number[]
  applyTimes: number[]
  textLength: number
}

/**
 * Append `chunks` one by one to the source of a freshly mounted renderer, as a chat UI does.
 * Each update is applied synchronously (`applyTimes`: parse and DOM update) and laid out (reading
 * `offsetHeight`; `times` include it), then the page gets
 * a turn of the event loop so any deferred work runs and is counted by the caller's CPU metrics.
 * Two anchors run the same way, so their rows say what the page and the machine add:
 * `sveltedown-parse-only` (the renderer's update alone, no Svelte, no DOM) and `fixed-work`.
 */
export async function streamInto(library: string, chunks: string[]): Promise<StreamTimes> {
  if (library === 'sveltedown-parse-only') return parseOnly(chunks)
  if (library === 'fixed-work') return fixedWork(chunks.length)
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
    await nextTask()
  }
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
  const textLength = target.textContent?.length ?? 0
  unmount(component)
  target.remove()
  return { times, applyTimes, textLength }
}

/** `<Markdown streaming>`'s parse step alone: the same renderer, the same chunks, no Svelte. */
async function parseOnly(chunks: string[]): Promise<StreamTimes> {
  const renderer = createBlockRenderer()
  let source = ''
  const times: number[] = []
  for (const piece of chunks) {
    source += piece
    const start = performance.now()
    renderer.update(source, {}, true)
    times.push(performance.now() - start)
    await nextTask()
  }
  return { times, applyTimes: times, textLength: 0 }
}

/**
 * The same task every time: a loop sized to take about 1 ms here, run `count` times with the
 * updates' rhythm. Its spread (p95 against p50) is what the machine adds to any update of that
 * size: other processes on the cores, timer resolution, the browser's own tasks.
 */
async function fixedWork(count: number): Promise<StreamTimes> {
  let iterations = 1000
  for (let round = 0; round < 8; round++) {
    const trials = Array.from({ length: 15 }, () => timeLoop(iterations)).sort((a, b) => a - b)
    iterations = Math.max(1000, Math.round((iterations * 1) / Math.max(trials[7]!, 0.05)))
  }
  const times: number[] = []
  for (let index = 0; index < count; index++) {
    times.push(timeLoop(iterations))
    await nextTask()
  }
  return { times, applyTimes: times, textLength: 0 }
}

let sink = 0
function timeLoop(iterations: number): number {
  const start = performance.now()
  let value = sink
  for (let index = 0; index < iterations; index++) value = (value * 31 + index) % 1_000_003
  sink = value
  return performance.now() - start
}

function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
