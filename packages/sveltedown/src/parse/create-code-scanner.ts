import { codes } from 'micromark-util-symbol'
import type { Code } from 'micromark-util-types'

/**
 * An incremental lexer for JavaScript (or CSS) that is fed one character code at a time and
 * knows whether that character is code, or inside a string, template literal, comment or regular
 * expression. Brace matching, finding `</script>` and finding the end of `<style>` all need
 * exactly this and nothing more, so one state machine serves them all.
 */
export interface CodeScanner {
  /**
   * Feed the next code. Returns `'end'` when it is the `}` that closes the outermost brace
   * (brace mode only), otherwise `'continue'`.
   */
  push(code: Code): 'continue' | 'end'
  /** Whether the last fed character was plain code (not inside a string, comment, regex). */
  readonly inCode: boolean
  /**
   * The whole state as a string: two scanners with the same key read the rest of the same text
   * alike, so a scan that meets an earlier, failed one in the same state fails the same way.
   */
  key(): string
}

type State =
  | 'code'
  | 'single'
  | 'double'
  | 'template'
  | 'lineComment'
  | 'blockComment'
  | 'regex'
  | 'regexClass'

/** Words after which a `/` starts a regular expression rather than a division. */
const regexAfterWord = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
])

/**
 * @param language `js` lexes strings, templates, comments and regexes; `css` only strings and
 *   block comments.
 * @param braces `true` to track `{`/`}` nesting and report the closing brace.
 */
export function createCodeScanner(language: 'js' | 'css', braces: boolean): CodeScanner {
  let state: State = 'code'
  // Stack of open `{` (0) and template substitutions `${` (1).
  const stack: number[] = []
  // Where in `stack` the template substitutions are, for `key()`.
  const substitutions: number[] = []
  let escaped = false
  let previous: Code = null
  let regexAllowed = true
  let word = ''
  let inCode = true

  function push(code: Code): 'continue' | 'end' {
    const result = step(code)
    previous = code
    inCode = state === 'code'
    return result
  }

  function step(code: Code): 'continue' | 'end' {
    switch (state) {
      case 'single':
      case 'double':
        return quoted(code, state === 'single' ? codes.apostrophe : codes.quotationMark)
      case 'template':
        return template(code)
      case 'lineComment':
        if (isLineEnding(code)) state = 'code'
        return 'continue'
      case 'blockComment':
        if (code === codes.slash && previous === codes.asterisk) state = 'code'
        return 'continue'
      case 'regex':
        if (escaped) escaped = false
        else if (code === codes.backslash) escaped = true
        else if (code === codes.leftSquareBracket) state = 'regexClass'
        else if (code === codes.slash) {
          state = 'code'
          regexAllowed = false
        }
        return 'continue'
      case 'regexClass':
        if (escaped) escaped = false
        else if (code === codes.backslash) escaped = true
        else if (code === codes.rightSquareBracket) state = 'regex'
        return 'continue'
      default:
        return plain(code)
    }
  }

  function quoted(code: Code, marker: number): 'continue' {
    if (escaped) escaped = false
    else if (code === codes.backslash) escaped = true
    else if (code === marker) {
      state = 'code'
      regexAllowed = false
    }
    return 'continue'
  }

  function template(code: Code): 'continue' {
    if (escaped) escaped = false
    else if (code === codes.backslash) escaped = true
    else if (code === codes.graveAccent) {
      state = 'code'
      regexAllowed = false
    } else if (code === codes.leftCurlyBrace && previous === codes.dollarSign) {
      substitutions.push(stack.length)
      stack.push(1)
      state = 'code'
      regexAllowed = true
    }
    return 'continue'
  }

  function plain(code: Code): 'continue' | 'end' {
    if (code === null || code < 0 || code === codes.space) {
      endWord()
      return 'continue'
    }

    if (isWordCharacter(code)) {
      word += String.fromCharCode(code)
      regexAllowed = false
      return 'continue'
    }

    endWord()

    if (code === codes.apostrophe) state = 'single'
    else if (code === codes.quotationMark) state = 'double'
    else if (code === codes.graveAccent && language === 'js') state = 'template'
    else if (code === codes.asterisk && previous === codes.slash && pendingSlash) {
      pendingSlash = false
      state = 'blockComment'
      // A `/*` just after `*/` must not close at once.
      previous = null
      return 'continue'
    } else if (code === codes.slash && previous === codes.slash && pendingSlash) {
      pendingSlash = false
      state = 'lineComment'
      return 'continue'
    } else if (code === codes.slash) {
      if (pendingSlash) {
        // `//` is handled above, so this is unreachable in practice.
        pendingSlash = false
      }
      // Decided on the next character: comment, regex or division.
      pendingSlash = true
      slashRegexAllowed = regexAllowed
      regexAllowed = true
      return 'continue'
    } else if (code === codes.leftCurlyBrace) {
      stack.push(0)
      regexAllowed = true
    } else if (code === codes.rightCurlyBrace) {
      // Braces are always tracked, so a template substitution's `}` returns to the template;
      // only brace mode reports the outermost closing brace.
      const top = stack.pop()
      if (top === undefined) return braces ? 'end' : 'continue'
      if (top === 1) {
        substitutions.pop()
        state = 'template'
      }
      regexAllowed = false
    } else {
      regexAllowed = code !== codes.rightParenthesis && code !== codes.rightSquareBracket
    }

    return 'continue'
  }

  // A `/` is ambiguous until the next character is seen.
  let pendingSlash = false
  let slashRegexAllowed = false

  function endWord() {
    if (word) {
      regexAllowed = regexAfterWord.has(word)
      word = ''
    }
  }

  // Wrap `push` so a pending `/` is resolved before the next character is lexed.
  function resolveSlash(code: Code): 'continue' | 'end' {
    if (pendingSlash && language === 'js') {
      if (code === codes.slash || code === codes.asterisk) return push(code)
      pendingSlash = false
      if (slashRegexAllowed) {
        state = 'regex'
        const result = push(code)
        return result
      }
      return push(code)
    }
    if (pendingSlash && language === 'css') {
      if (code === codes.asterisk) return push(code)
      pendingSlash = false
    }
    return push(code)
  }

  return {
    push: resolveSlash,
    get inCode() {
      return inCode && !pendingSlash
    },
    key() {
      return `${state} ${stack.length}:${substitutions.join(',')} ${escaped} ${previous} ${regexAllowed} ${word} ${pendingSlash} ${slashRegexAllowed} ${inCode}`
    },
  }
}

function isLineEnding(code: Code): boolean {
  return code !== null && code < codes.horizontalTab
}

function isWordCharacter(code: number): boolean {
  return (
    (code >= codes.digit0 && code <= codes.digit9) ||
    (code >= codes.uppercaseA && code <= codes.uppercaseZ) ||
    (code >= codes.lowercaseA && code <= codes.lowercaseZ) ||
    code === codes.underscore ||
    code === codes.dollarSign ||
    code > 127
  )
}
