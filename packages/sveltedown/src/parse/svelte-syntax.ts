import { codes } from 'micromark-util-symbol'
import type { Extension } from 'micromark-util-types'
import { blockQuoteAfterTag } from './block-quote-after-tag.js'
import { codeFenced } from './code-fenced.js'
import { svelteFlow } from './svelte-flow.js'
import { svelteFootnoteDefinition } from './svelte-footnote-definition.js'
import { svelteInlineFlow } from './svelte-inline-flow.js'
import { svelteRaw } from './svelte-raw.js'
import { svelteTextBrace, svelteTextLessThan, svelteTextTag } from './svelte-text.js'
import { svelteTextBackslash } from './svelte-text-backslash.js'

export interface SvelteSyntaxOptions {
  /**
   * Parse indented code (four spaces). Off by default, because content inside components is
   * usually indented.
   */
  indentedCode?: boolean | undefined
  /** GFM is on: its footnote definitions are read with their own indentation (see `svelte-footnote-definition.ts`). */
  gfm?: boolean | undefined
}

/**
 * The micromark extension for Svelte in Markdown. CommonMark's HTML constructs are replaced by
 * Svelte's tags (which are parsed, not passed through), and autolinks (`<https://…>`) win over
 * tags because a URL is never a valid tag.
 */
export function svelteSyntax(options: SvelteSyntaxOptions = {}): Extension {
  return {
    document: {
      [codes.greaterThan]: blockQuoteAfterTag,
      ...(options.gfm ? { [codes.leftSquareBracket]: svelteFootnoteDefinition } : {}),
    },
    flow: {
      [codes.lessThan]: [svelteRaw, svelteInlineFlow, svelteFlow],
      [codes.leftCurlyBrace]: svelteFlow,
      // Fenced code whose closing fence is indented at most three columns more than its opening.
      [codes.graveAccent]: codeFenced,
      [codes.tilde]: codeFenced,
    },
    text: {
      [codes.lessThan]: [
        { ...svelteTextTag, add: 'after' },
        { ...svelteTextLessThan, add: 'after' },
      ],
      [codes.leftCurlyBrace]: svelteTextBrace,
      [codes.backslash]: svelteTextBackslash,
    },
    disable: {
      null: [
        'htmlFlow',
        'htmlText',
        'codeFenced',
        'blockQuote',
        ...(options.indentedCode ? [] : ['codeIndented']),
        ...(options.gfm ? ['gfmFootnoteDefinition'] : []),
      ],
    },
  }
}
