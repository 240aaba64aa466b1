import { flushSync, hydrate, mount, unmount } from 'svelte'
import Markdown from '../../src/Markdown.svelte'
import type { RenderOptions } from '../../src/types.ts'
import { testComponents, testLanguages } from '../fixtures/components.ts'

export interface HarnessProps extends RenderOptions {
  source: string
  streaming?: boolean
  /** Pass the test components (`Chart`, `Citation`, `Callout`) and languages (`graph`). */
  withComponents?: boolean
}

/** A `<Markdown>` mounted (or hydrated) in `target`, whose props the test changes. */
export function createHarness(target: HTMLElement, initial: HarnessProps, hydrating = false) {
  const { withComponents, ...rest } = initial
  const props = $state({
    streaming: false,
    sanitize: true,
    ...rest,
    ...(withComponents ? { components: testComponents, languages: testLanguages } : {}),
  })
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
