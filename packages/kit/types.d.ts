/**
 * Ambient module types for sveltedown documents. Add to `src/app.d.ts`:
 *
 *   /// <reference types="@sveltedown/kit/types" />
 *
 * and type your frontmatter by augmenting `Sveltedown.Frontmatter`:
 *
 *   declare global {
 *     namespace Sveltedown {
 *       interface Frontmatter { title: string; date?: string }
 *     }
 *   }
 */
declare global {
  namespace Sveltedown {
    /** The frontmatter of every document; augment it to type `metadata`. */
    interface Frontmatter {}

    interface Heading {
      depth: number
      id: string
      text: string
    }

    /** A document's frontmatter: the declared keys, plus any other key. */
    type Metadata = Frontmatter & Record<string, unknown>

    /**
     * The metadata type of each key of the `content` option: its schema's output. Written by
     * `@sveltedown/kit` in SvelteKit (`.svelte-kit/sveltedown/content.d.ts`);
     * read by `collection()` of `@sveltedown/kit/content` and by the generated document types.
     */
    interface Content {}
  }
}

declare module '*.svx' {
  import type { Component } from 'svelte'
  export const metadata: Sveltedown.Metadata
  export const headings: Sveltedown.Heading[]
  const component: Component<Record<string, unknown>>
  export default component
}

declare module '*.mds' {
  import type { Component } from 'svelte'
  export const metadata: Sveltedown.Metadata
  export const headings: Sveltedown.Heading[]
  const component: Component<Record<string, unknown>>
  export default component
}

export {}
