import { factorySpace } from 'micromark-factory-space'
import { markdownLineEnding, markdownSpace } from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, Token, TokenizeContext } from 'micromark-util-types'
import {
  canBeInParagraph,
  isHtmlElement,
  keepsWhiteSpace,
  readsChildrenInline,
} from './content-model.js'
import { createTagTracker, type TagTracker } from './create-tag-tracker.js'
import { factoryTagName } from './factory-tag-name.js'
import { isTagNameCode } from './is-tag-name-code.js'

/**
 * An element whose content is phrasing only (`<p>`, `<h2>`, `<button>`, `<label>`, `<span>`, …)
 * opened at the start of a line and left open there. Everything up to the end of the line that
 * closes it is read as inline Markdown, blank lines included, so its children never become
 * blocks: `<button>\n  -\n</button>` keeps its `-` label, and `<p>\nHello\n<b>{x}</b>\n</p>` is one
 * `<p>`. The tags themselves are tokenized by the text constructs, inside the text chunks.
 *
 * It is taken when the tag is alone on its line, or when the element cannot be inside a `<p>`
 * (`<p>Some text` goes on: the `<p>` is the block). It ends early, before a line that closes an
 * element opened outside it (`<div>\n<p>\ntext\n</div>`: `</p>` may be left out), and for `<p>`
 * before a line that opens an element a `<p>` cannot hold, as HTML closes it there.
 *
 * ```markdown
 * > | <button onclick={dec}>
 *     ^^^^^^^^^^^^^^^^^^^^^^
 * > |   -
 *     ^^^
 * > | </button>
 *     ^^^^^^^^^
 * ```
 */
export const svelteInlineFlow: Construct = {
  name: 'svelteInlineFlow',
  tokenize: tokenizeInlineFlow,
  concrete: true,
}

const nonLazyContinuation: Construct = { tokenize: tokenizeNonLazyContinuation, partial: true }
const blankLineNext: Construct = { tokenize: tokenizeBlankLineNext, partial: true }

/** Lines an opening tag may span before it is not taken as one (keeps a bad `"` from scanning far). */
const maxOpeningTagLines = 200

/** Lines of a paragraph searched for the closing tag of `<button>Change\n</button>`. */
const maxLaterLines = 24

function tokenizeInlineFlow(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  let tracker: TagTracker
  let previous: Token | undefined
  const opening: Construct = { tokenize: tokenizeOpening, partial: true }
  const endsBefore: Construct = { tokenize: tokenizeEndsBefore, partial: true }

  return start

  function start(code: Code): State | undefined {
    if (code !== codes.lessThan) return nok(code)
    // Interrupting a paragraph is decided on the first line, as for fenced code: reading on
    // would keep a container open over lines that are not its own.
    return effects.check(opening, self.interrupt ? ok : begin, nok)(code)
  }

  function begin(code: Code): State | undefined {
    tracker = createTagTracker()
    effects.enter('svelteInlineFlow')
    previous = effects.enter(types.chunkText, { contentType: 'text' })
    return inside(code)
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof) return end(code)
    if (markdownLineEnding(code)) {
      if (tracker.open.length === 0 && tracker.inText) return end(code)
      return effects.check(nonLazyContinuation, atNonLazyBreak, end)(code)
    }
    effects.consume(code)
    tracker.push(code)
    return inside
  }

  function atNonLazyBreak(code: Code): State | undefined {
    return effects.check(endsBefore, end, lineEnding)(code)
  }

  function lineEnding(code: Code): State | undefined {
    effects.consume(code)
    tracker.push(code)
    effects.exit(types.chunkText)
    return lineStart
  }

  function lineStart(code: Code): State | undefined {
    if (code === codes.eof) return endBetweenLines(code)
    // A blank line: if the element ends before the next line (or the next line is not its
    // container's), it ends here, with no empty chunk.
    if (markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, blankLineGoesOn, endBetweenLines)(code)
    }
    return chunkStart(code)
  }

  function blankLineGoesOn(code: Code): State | undefined {
    return effects.check(endsBefore, endBetweenLines, chunkStart)(code)
  }

  function endBetweenLines(code: Code): State | undefined {
    effects.exit('svelteInlineFlow')
    return ok(code)
  }

  function chunkStart(code: Code): State | undefined {
    const chunk = effects.enter(types.chunkText, { contentType: 'text', previous })
    if (previous) previous.next = chunk
    previous = chunk
    return inside(code)
  }

  function end(code: Code): State | undefined {
    effects.exit(types.chunkText)
    effects.exit('svelteInlineFlow')
    return ok(code)
  }

  /**
   * The first line: an opening tag of an element read inline, still open at the end of the line,
   * alone on it (or an element that a paragraph cannot hold). Also taken, as a paragraph could
   * not hold them: an opening tag with a blank line inside (in an attribute's expression), and
   * `<button>Change\n</button>`, whose closing tag starts a later line of the same paragraph.
   */
  function tokenizeOpening(effects: Effects, ok: State, nok: State): State {
    // Made once the name says to read on: most tags at a line start are decided by it alone.
    let check: TagTracker
    let lines = 0
    let alone = true
    let name = ''
    let blank = true
    let blankInside = false
    let closing = ''
    let later = 0
    // Only the name decides whether to read on, so other tags cost no look-ahead.
    return factoryTagName(effects, 'svelteInlineFlow', (found, code) => {
      name = found
      return afterName(code)
    })

    function afterName(code: Code): State | undefined {
      if (!isHtmlElement(name) || !readsChildrenInline(name)) return nok(code)
      check = createTagTracker()
      check.push(codes.lessThan)
      for (let index = 0; index < name.length; index++) check.push(name.charCodeAt(index))
      return next(code)
    }

    function next(code: Code): State | undefined {
      const first = check.first
      if (code === codes.eof || (markdownLineEnding(code) && (first || !check.inText))) {
        if (!first) {
          if (code === codes.eof || ++lines > maxOpeningTagLines) return nok(code)
          // On a lazy line, interrupt here, so the container closes before the tag (see
          // `svelte-flow.ts`); the tag is read again once it has.
          if (self.interrupt && self.parser.lazy[self.now().line]) {
            effects.exit('svelteInlineFlow')
            return ok(code)
          }
          if (blank) blankInside = true
          blank = true
          effects.consume(code)
          check.push(code)
          return next
        }
        if (first.closing || first.selfClosing) return nok(code)
        if (check.open.length === 0) return blankInside ? done(code) : nok(code)
        if (!canBeInParagraph(first.name) || keepsWhiteSpace(first.name)) return done(code)
        // `<span slot="npm">` with a blank line after it holds Markdown blocks (a code block,
        // a list), as in mdsvex and CommonMark's HTML blocks; with text right after, it is read
        // inline.
        if (alone) return effects.check(blankLineNext, nok, done)(code)
        if (self.interrupt || code === codes.eof) return nok(code)
        return laterLine(code)
      }
      // A `<` between attributes: the first tag was never closed (`<a /*`), so it is no tag.
      if (!first && code === codes.lessThan && check.inTag) return nok(code)
      if (markdownLineEnding(code)) {
        // A line ending inside the first tag: the tag spans lines.
        if (++lines > maxOpeningTagLines) return nok(code)
        if (blank) blankInside = true
        blank = true
      } else if (!markdownSpace(code)) {
        blank = false
        if (first) alone = false
      }
      effects.consume(code)
      check.push(code)
      // Text before the first tag: not an element at the start of the line.
      if (!check.first && check.inText && lines === 0 && code !== codes.lessThan) return nok
      return next
    }

    function done(code: Code): State | undefined {
      effects.exit('svelteInlineFlow')
      return ok(code)
    }

    /** At a line ending of the paragraph the element is in: does a later line start with its closing tag? */
    function laterLine(code: Code): State | undefined {
      if (++later > maxLaterLines) return nok(code)
      effects.consume(code)
      check.push(code)
      closing = ''
      return laterLineStart
    }

    function laterLineStart(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.consume(code)
        check.push(code)
        return laterLineStart
      }
      // A blank line ends the paragraph before any closing tag.
      if (code === codes.eof || markdownLineEnding(code)) return nok(code)
      if (code === codes.lessThan && check.inText && check.open.length === 1) {
        effects.consume(code)
        check.push(code)
        return closingSlash
      }
      return rest(code)
    }

    function closingSlash(code: Code): State | undefined {
      if (code !== codes.slash) return rest(code)
      effects.consume(code)
      check.push(code)
      return closingName
    }

    function closingName(code: Code): State | undefined {
      if (isTagNameCode(code)) {
        closing += String.fromCharCode(code)
        effects.consume(code)
        check.push(code)
        return closingName
      }
      return closing === name ? done(code) : rest(code)
    }

    function rest(code: Code): State | undefined {
      if (code === codes.eof) return nok(code)
      if (markdownLineEnding(code)) return laterLine(code)
      effects.consume(code)
      check.push(code)
      // Closed inside a line: a paragraph reads that as written.
      return check.open.length === 0 ? nok : rest
    }
  }

  /**
   * The next line closes an element opened before this one, or (for `<p>`) opens an element a
   * `<p>` cannot hold: the element read inline ends before it, as HTML would end it.
   */
  function tokenizeEndsBefore(effects: Effects, ok: State, nok: State): State {
    let name = ''
    let closing = false
    return function start(code: Code): State | undefined {
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return before
    }

    function before(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.enter(types.whitespace)
        return space(code)
      }
      if (code !== codes.lessThan) return nok(code)
      effects.enter('svelteInlineFlow')
      effects.consume(code)
      return afterLessThan
    }

    function space(code: Code): State | undefined {
      if (markdownSpace(code)) {
        effects.consume(code)
        return space
      }
      effects.exit(types.whitespace)
      return before(code)
    }

    function afterLessThan(code: Code): State | undefined {
      if (code === codes.slash && !closing && name === '') {
        closing = true
        effects.consume(code)
        return afterLessThan
      }
      if (isTagNameCode(code)) {
        name += String.fromCharCode(code)
        effects.consume(code)
        return afterLessThan
      }
      if (!name) return nok(code)
      effects.exit('svelteInlineFlow')
      if (closing) return tracker.open.includes(name) ? nok(code) : ok(code)
      const inP = tracker.open[0] === 'p'
      return inP && isHtmlElement(name) && !canBeInParagraph(name) ? ok(code) : nok(code)
    }
  }
}

function tokenizeNonLazyContinuation(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  const self = this
  return function start(code: Code): State | undefined {
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return lineStart
  }
  function lineStart(code: Code): State | undefined {
    return self.parser.lazy[self.now().line] ? nok(code) : ok(code)
  }
}

/** At a line ending: the next line is blank (or the document ends). */
function tokenizeBlankLineNext(effects: Effects, ok: State, nok: State): State {
  return function start(code: Code): State | undefined {
    if (code === codes.eof) return ok(code)
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return factorySpace(effects, after, types.linePrefix)
  }
  function after(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code)
  }
}
