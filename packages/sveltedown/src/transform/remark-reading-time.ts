import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** Words a reader sees: prose, inline code and code blocks (not frontmatter or scripts). */
    words: number
    /** Minutes to read `words` at 200 words a minute, rounded up; 0 for a document without words. */
    readingTime: number
  }
}

/** Words per minute: a common figure for reading on screen (Medium uses 265, many blogs 200). */
export const wordsPerMinute = 200

/**
 * A word is a run of letters, digits and marks, with inner apostrophes (`don't`); in Chinese and
 * Japanese, which are written without spaces, each ideograph or kana counts as one.
 */
const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}'
const letters = `[[\\p{L}\\p{N}\\p{M}]--[${cjk}]]+`
// Built from a string: the `v` flag (class subtraction) is ES2024, newer than the build target.
const word = new RegExp(`[${cjk}]|${letters}(?:['’]${letters})*`, 'gv')

/**
 * Count the words of the document and the minutes they take to read, into `file.data.words` and
 * `file.data.readingTime` (`result.data`). It runs after the user's remark plugins, so text they
 * add counts; Svelte expressions do not, as their value is only known when the page renders.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    let words = 0
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
        words += countWords(node.value)
      }
    })
    file.data.words = words
    file.data.readingTime = Math.ceil(words / wordsPerMinute)
  }
}

export function countWords(text: string): number {
  let count = 0
  word.lastIndex = 0
  while (word.exec(text)) count++
  return count
}
