/// <reference types="@sveltedown/kit/types" />

declare global {
  namespace App {}
  namespace Sveltedown {
    interface Frontmatter {
      title: string
      description?: string
      /** Place in its sidebar section (lower first). */
      order?: number
    }
  }
}

export {}
