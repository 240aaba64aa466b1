import { flushSync, hydrate, mount, unmount } from 'svelte'
import Markdown from '../../src/Markdown.svelte'

export interface HarnessProps {
  source: string
  streaming?: boolean
  sanitize?: boolean
}

/** A `<Markdown>` mounted (or hydrated) in `target`, whose props the test changes. */
export function createHarness(target: HTMLElement, initial: HarnessProps, hydrating = false) {
  const props = $state({ streaming: false, sanitize: true, ...initial })
  const component = (hydrating ? hydrate : mount)(Markdown, { target, props })
  flushSync()
  return {
    set(source: string) {
      props.source = source
      flushSync()
    },
    setStreaming(streaming: boolean) {
      props.streaming = streaming
      flushSync()
    },
    destroy() {
      unmount(component)
    },
  }
}
