import { streamInto } from './stream-into.svelte.ts'

// The bench drives the page through this global.
;(window as unknown as Record<string, unknown>).bench = { streamInto }
