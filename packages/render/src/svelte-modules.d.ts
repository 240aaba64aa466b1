// Lets the root `tsc` (which reads .ts files only) type `.svelte` imports; svelte-package
// generates the real declarations for dist.
declare module '*.svelte' {
  import type { Component } from 'svelte'

  const component: Component<Record<string, unknown>>
  export default component
}
