// The published Svelte language server, re-exported from plain JavaScript: its type declarations
// bring Svelte 4's ambient `svelte/compiler` module, which clashes with Svelte 5's in this
// workspace's type check. `svelte-language-server.d.ts` beside this file types what is used.
export { startServer } from 'svelte-language-server'
