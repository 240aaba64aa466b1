import { codes } from 'micromark-util-symbol'
import type { Extension } from 'micromark-util-types'
import { svelteFlow } from './svelte-flow.js'
import { svelteRaw } from './svelte-raw.js'
import { svelteTextBrace, svelteTextTag } from './svelte-text.js'

export interface SvelteSyntaxOptions {
  /**
   * Parse indented code (four spaces). Off by default, because content inside components is
   * usually indented.
   */
  indentedCode?: boolean | undefined
}

/**
 * The micromark extension for Svelte in Markdown. CommonMark's HTML constructs are replaced by
 * Svelte's tags (which are parsed, not passed through), and autolinks (`<https://…>`) win over
 * tags because a URL is never a valid tag.
 */
export function svelteSyntax(options: SvelteSyntaxOptions = {}): Extension {
  return {
    flow: {
      [codes.lessThan]: [svelteRaw, svelteFlow],
      [codes.leftCurlyBrace]: svelteFlow,
    },
    text: {
      [codes.lessThan]: { ...svelteTextTag, add: 'after' },
      [codes.leftCurlyBrace]: svelteTextBrace,
    },
    disable: {
      null: ['htmlFlow', 'htmlText', ...(options.indentedCode ? [] : ['codeIndented'])],
    },
  }
}
