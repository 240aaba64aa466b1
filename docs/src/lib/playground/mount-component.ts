import * as svelte from 'svelte'
import { mount, unmount } from 'svelte'
import * as client from 'svelte/internal/client'
import { rewriteImports } from './rewrite-imports.js'

// The modules a playground component may import: Svelte's runtime, shared with this page.
const modules: Record<string, unknown> = {
  svelte,
  'svelte/internal/client': client,
  'svelte/internal/disclose-version': {},
  'svelte/internal/flags/legacy': {},
  'svelte/internal/flags/async': {},
}
;(globalThis as unknown as { __playgroundModules: typeof modules }).__playgroundModules = modules

/** Run the component's JavaScript as a module and mount it in `target`; returns the unmount. */
export async function mountComponent(js: string, target: HTMLElement): Promise<() => void> {
  // The flags switch runtime features on for the whole page, as importing them does in an app.
  if (js.includes('svelte/internal/flags/legacy')) await import('svelte/internal/flags/legacy')
  if (js.includes('svelte/internal/flags/async')) await import('svelte/internal/flags/async')
  const code = rewriteImports(js, new Set(Object.keys(modules)))
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))
  try {
    const module = (await import(/* @vite-ignore */ url)) as { default: svelte.Component }
    const instance = mount(module.default, { target })
    return () => {
      void unmount(instance)
    }
  } finally {
    URL.revokeObjectURL(url)
  }
}
