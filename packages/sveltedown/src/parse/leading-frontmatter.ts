import { frontmatter, type Matter } from 'micromark-extension-frontmatter'
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types'

/**
 * micromark's frontmatter, also after blank lines at the start of the document, as mdsvex
 * accepts (`\n---\ntitle: Yo\n---`). The fence must still start a line, and only blank lines
 * (spaces, tabs, line endings) may come before it, so a `---` later in the document stays a
 * thematic break or a heading underline. Positions are those of the document: nothing is
 * stripped.
 */
export function leadingFrontmatter(matter: Matter): Extension {
  const extension = frontmatter({ ...matter, anywhere: true })
  const flow: NonNullable<Extension['flow']> = {}
  for (const [code, constructs] of Object.entries(extension.flow ?? {})) {
    flow[Number(code)] = ([] as Construct[]).concat(constructs ?? []).map(onlyAfterBlankLines)
  }
  return { flow }
}

function onlyAfterBlankLines(construct: Construct): Construct {
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      if (!blankBefore(this)) return nok
      return construct.tokenize.call(this, effects, ok, nok)
    },
  }
}

/** Blank line tokens whose lengths add up to where we are: nothing else, no container prefix. */
const blankTypes = new Set(['lineEndingBlank', 'linePrefix', 'whitespace'])

/**
 * Whether everything before this point of the document is blank lines. The flow tokenizer does
 * not see container prefixes (`>`), so the blank tokens must also cover every character before.
 */
function blankBefore(context: TokenizeContext): boolean {
  const now = context.now()
  if (now.column !== 1) return false
  let covered = 0
  for (const [kind, token] of context.events) {
    if (!blankTypes.has(token.type)) return false
    if (kind === 'enter') covered += token.end.offset - token.start.offset
  }
  return covered === now.offset
}
