import {
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
} from 'micromark-util-character'
import { codes, types } from 'micromark-util-symbol'
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'
import type { Point } from 'unist'
import { createDiagnostic } from '../diagnostics/create-diagnostic.js'
import { type CodeScanner, createCodeScanner } from './create-code-scanner.js'
import { factoryTag } from './factory-tag.js'

/**
 * `<script>` and `<style>` in flow: the opening tag is a normal tag (any attributes), the
 * contents are raw until the closing tag that is outside strings and comments, so
 * `const s = '</script>'` and blank lines do not end the script.
 *
 * ```markdown
 * > | <script lang="ts">
 *     ^^^^^^^^^^^^^^^^^^
 * > | const a = '</div>'
 *     ^^^^^^^^^^^^^^^^^^
 * > | </script>
 *     ^^^^^^^^^
 * ```
 */
export const svelteRaw: Construct = {
  name: 'svelteRaw',
  tokenize: tokenizeSvelteRaw,
  concrete: true,
}

const rawNames = ['script', 'style']

/**
 * The last `<script>` or `<style>` whose contents did not end as they must, per tokenizer (micromark
 * gives each its own `effects`), with the scanner's state at each line ending it read. A later
 * one whose scanner is in the same state at the same line ending reads the rest alike and fails
 * too, so it stops there: without this, every `<script>` line of a document whose scripts never
 * close would scan to its end.
 */
interface FailedScan {
  name: string
  keys: Map<number, string>
}
const failedScans = new WeakMap<Effects, FailedScan>()

function tokenizeSvelteRaw(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  let rawName = ''
  let scanner: CodeScanner
  let valueOpen = false
  let keys = new Map<number, string>()
  let startPoint: Point | undefined

  const nameCheck: Construct = { tokenize: tokenizeNameCheck, partial: true }
  const closing: Construct = { tokenize: tokenizeClosing, partial: true }

  return start

  function start(code: Code): State | undefined {
    if (code !== codes.lessThan) return nok(code)
    return effects.check(nameCheck, opening, nok)(code)
  }

  function opening(code: Code): State | undefined {
    const now = self.now()
    startPoint = { line: now.line, column: now.column, offset: now.offset }
    scanner = createCodeScanner(rawName === 'script' ? 'js' : 'css', false)
    keys = new Map()
    effects.enter('svelteRaw')
    return factoryTag.call(self, effects, afterOpening, nok, 'svelteRawOpening')(code)
  }

  /**
   * No closing tag before the end: an error, as in Svelte (and in mdsvex, where it was an HTML
   * block to the end). Reading the script on as Markdown would cost a paragraph as long as the
   * rest of the page, only to report the same error at its end.
   */
  function fail(code: Code): State | undefined {
    if (startPoint && !self.interrupt) {
      throw createDiagnostic(
        'tag_unclosed',
        { start: startPoint, end: startPoint },
        {
          name: rawName,
          before: 'end of the document',
        },
      )
    }
    failedScans.set(effects, { name: rawName, keys })
    return nok(code)
  }

  /**
   * ```markdown
   * > | <script>const a = 1
   *             ^
   * ```
   */
  function afterOpening(code: Code): State | undefined {
    return content(code)
  }

  function content(code: Code): State | undefined {
    if (code === codes.eof) return fail(code)
    if (code === codes.lessThan && scanner.inCode) {
      return effects.check(closing, beforeClosing, data)(code)
    }
    return data(code)
  }

  function data(code: Code): State | undefined {
    if (!valueOpen) {
      effects.enter('svelteRawValue')
      valueOpen = true
    }
    scanner.push(code)
    if (markdownLineEnding(code)) {
      const offset = self.now().offset
      const key = scanner.key()
      const failed = failedScans.get(effects)
      if (failed?.name === rawName && failed.keys.get(offset) === key) return nok(code)
      keys.set(offset, key)
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      return content
    }
    effects.enter('svelteRawData')
    effects.consume(code)
    return dataInside
  }

  function dataInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code) || code === codes.lessThan) {
      effects.exit('svelteRawData')
      return content(code)
    }
    scanner.push(code)
    effects.consume(code)
    return dataInside
  }

  function beforeClosing(code: Code): State | undefined {
    if (valueOpen) effects.exit('svelteRawValue')
    return effects.attempt(closing, after, nok)(code)
  }

  /**
   * ```markdown
   * > | </script>
   *              ^
   * ```
   */
  function after(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.enter(types.whitespace)
      return trailing(code)
    }
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('svelteRaw')
      return ok(code)
    }
    return fail(code)
  }

  function trailing(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code)
      return trailing
    }
    effects.exit(types.whitespace)
    return after(code)
  }

  /** Checks that `<` starts `<script` or `<style`, and remembers which. */
  function tokenizeNameCheck(effects: Effects, ok: State, nok: State): State {
    let buffer = ''
    return function lessThan(code: Code): State | undefined {
      effects.enter('svelteRawOpening')
      effects.consume(code)
      return nameChar
    }
    function nameChar(code: Code): State | undefined {
      if (code !== null && code >= codes.lowercaseA && code <= codes.lowercaseZ) {
        buffer += String.fromCharCode(code)
        effects.consume(code)
        return nameChar
      }
      if (
        rawNames.includes(buffer) &&
        (code === codes.greaterThan || code === codes.slash || markdownLineEndingOrSpace(code))
      ) {
        rawName = buffer
        effects.exit('svelteRawOpening')
        return ok(code)
      }
      return nok(code)
    }
  }

  /** `</script>` or `</style>`, with optional spaces before `>`. */
  function tokenizeClosing(effects: Effects, ok: State, nok: State): State {
    let index = 0
    const expected = `</${rawName}`
    return function closingChar(code: Code): State | undefined {
      if (index === 0) effects.enter('svelteRawClosing')
      if (index < expected.length) {
        if (code !== expected.charCodeAt(index)) return nok(code)
        index++
        effects.consume(code)
        return closingChar
      }
      if (markdownSpace(code)) {
        effects.consume(code)
        return closingChar
      }
      if (code !== codes.greaterThan) return nok(code)
      effects.consume(code)
      effects.exit('svelteRawClosing')
      return ok
    }
  }
}
