import { asciiAlpha } from 'micromark-util-character'
import { codes } from 'micromark-util-symbol'
import type { Code } from 'micromark-util-types'

/** A character of a tag name as the tag readers take it: letters, digits, `-`, `_`, `.` and `:`. */
export function isTagNameCode(code: Code): code is number {
  return (
    code !== null &&
    (asciiAlpha(code) ||
      (code >= codes.digit0 && code <= codes.digit9) ||
      code === codes.dash ||
      code === codes.underscore ||
      code === codes.dot ||
      code === codes.colon)
  )
}
