import { asciiAlpha, markdownLineEndingOrSpace } from 'micromark-util-character'
import { codes } from 'micromark-util-symbol'
import type { Code } from 'micromark-util-types'
import { type CodeScanner, createCodeScanner } from './create-code-scanner.js'
import { isTagNameCode } from './is-tag-name-code.js'
import { isVoidElement } from './is-void-element.js'

/**
 * A light reader of Svelte markup, fed one character code at a time, that knows which elements
 * are open. The tokenizer uses it to find where an element read inline ends (its closing tag,
 * possibly lines later) without building any tokens; the real tags are tokenized afterwards by
 * the text constructs. It skips attribute values, `{…}` expressions (JavaScript-aware, through the
 * code scanner) and comments, so a `</p>` inside a string does not count.
 */
export interface TagTracker {
  push(code: Code): void
  /** Names of the elements opened and not yet closed, outermost first. */
  readonly open: readonly string[]
  /** The first tag read, once its `>` has been seen. */
  readonly first: { name: string; closing: boolean; selfClosing: boolean } | undefined
  /** Whether the reader is in text (not inside a tag, expression or comment). */
  readonly inText: boolean
  /** Whether the reader is between a tag's attributes (not in a value or expression). */
  readonly inTag: boolean
}

type State =
  | 'text'
  | 'escape'
  | 'lessThan'
  | 'openName'
  | 'inTag'
  | 'quote'
  | 'closeStart'
  | 'closeName'
  | 'closeTail'
  | 'bang'
  | 'comment'
  | 'braceStart'
  | 'braceSlash'
  | 'brace'

export function createTagTracker(): TagTracker {
  const open: string[] = []
  let first: TagTracker['first']
  let state: State = 'text'
  let name = ''
  let slash = false
  let quote: Code = null
  let dashes = 0
  let scanner: CodeScanner | undefined
  // Where to go back to once a brace or a quoted value ends.
  let resume: State = 'text'

  return {
    push,
    open,
    get first() {
      return first
    },
    get inText() {
      return state === 'text' || state === 'escape'
    },
    get inTag() {
      return state === 'inTag'
    },
  }

  function push(code: Code): void {
    switch (state) {
      case 'text':
        if (code === codes.lessThan) state = 'lessThan'
        else if (code === codes.backslash) state = 'escape'
        else if (code === codes.leftCurlyBrace) openBrace('text')
        return
      case 'escape':
        state = 'text'
        return
      case 'lessThan':
        if (asciiAlpha(code)) {
          name = String.fromCharCode(code as number)
          slash = false
          state = 'openName'
        } else if (code === codes.slash) state = 'closeStart'
        else if (code === codes.exclamationMark) {
          dashes = 0
          state = 'bang'
        } else {
          state = 'text'
          push(code)
        }
        return
      case 'openName':
        if (isTagNameCode(code)) name += String.fromCharCode(code as number)
        else if (
          markdownLineEndingOrSpace(code) ||
          code === codes.slash ||
          code === codes.greaterThan
        ) {
          state = 'inTag'
          push(code)
        } else {
          state = 'text'
          push(code)
        }
        return
      case 'inTag':
        if (code === codes.greaterThan) {
          endOpeningTag()
        } else if (code === codes.quotationMark || code === codes.apostrophe) {
          quote = code
          slash = false
          state = 'quote'
        } else if (code === codes.leftCurlyBrace) {
          slash = false
          openBrace('inTag')
        } else if (code === codes.slash) slash = true
        else if (!markdownLineEndingOrSpace(code)) slash = false
        return
      case 'quote':
        if (code === quote) state = 'inTag'
        else if (code === codes.leftCurlyBrace) openBrace('quote')
        return
      case 'closeStart':
        if (asciiAlpha(code)) {
          name = String.fromCharCode(code as number)
          state = 'closeName'
        } else {
          state = 'text'
          push(code)
        }
        return
      case 'closeName':
        if (isTagNameCode(code)) name += String.fromCharCode(code as number)
        else if (markdownLineEndingOrSpace(code)) state = 'closeTail'
        else if (code === codes.greaterThan) endClosingTag()
        else {
          state = 'text'
          push(code)
        }
        return
      case 'closeTail':
        if (code === codes.greaterThan) endClosingTag()
        else if (!markdownLineEndingOrSpace(code)) {
          state = 'text'
          push(code)
        }
        return
      case 'bang':
        if (code === codes.dash && dashes < 2) {
          dashes++
          if (dashes === 2) {
            dashes = 0
            state = 'comment'
          }
        } else state = 'text'
        return
      case 'comment':
        if (code === codes.dash) dashes++
        else if (code === codes.greaterThan && dashes >= 2) state = 'text'
        else dashes = 0
        return
      case 'braceStart':
        // `{#if`, `{:else}`, `{@html` and `{/if}` start with a sigil that is not JavaScript.
        if (code === codes.slash) state = 'braceSlash'
        else {
          state = 'brace'
          if (code !== codes.numberSign && code !== codes.colon && code !== codes.atSign) push(code)
        }
        return
      case 'braceSlash':
        state = 'brace'
        if (code === codes.asterisk || code === codes.slash) scanner?.push(codes.slash)
        push(code)
        return
      case 'brace':
        if (scanner?.push(code) === 'end') {
          scanner = undefined
          state = resume
        }
        return
    }
  }

  function openBrace(from: State) {
    resume = from
    scanner = createCodeScanner('js', true)
    state = 'braceStart'
  }

  function endOpeningTag() {
    const selfClosing = slash || isVoidElement(name)
    first ??= { name, closing: false, selfClosing }
    if (!selfClosing) open.push(name)
    state = 'text'
  }

  function endClosingTag() {
    first ??= { name, closing: true, selfClosing: false }
    const index = open.lastIndexOf(name)
    // A closing tag closes its element and every element left open inside it.
    if (index !== -1) open.length = index
    state = 'text'
  }
}
