import { createHarness } from './harness.svelte.ts'

// The tests drive the page through this global, from playwright's `page.evaluate`.
;(window as unknown as { harness: unknown }).harness = { createHarness }
