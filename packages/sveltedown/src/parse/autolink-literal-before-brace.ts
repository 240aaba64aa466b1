import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { codes } from 'micromark-util-symbol'
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types'

/**
 * GFM's literal autolinks (`https://…`, `www.…`, emails) that end before a `{`:
 * `see https://example.org/a{x} now` links `https://example.org/a` and keeps `{x}` an
 * expression. micromark-extension-gfm-autolink-literal's constructs run as they are, except
 * that they see a `{` as the white space that ends a link; its own constructs are disabled.
 */
export function autolinkLiteralBeforeBrace(): Extension {
  const wrapped = new Map<Construct, Construct>()
  const text: NonNullable<Extension['text']> = {}
  const names = new Set<string>()
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    text[Number(code)] = ([] as Construct[]).concat(constructs ?? []).map((construct) => {
      if (construct.name) names.add(construct.name)
      let result = wrapped.get(construct)
      if (!result) {
        result = { ...endBeforeBrace(construct), name: `svelte:${construct.name}` }
        wrapped.set(construct, result)
      }
      return result
    })
  }
  return { text, disable: { null: [...names] } }
}

/**
 * The construct, and the constructs it attempts, read `{` as a space. States get the code they
 * are written for; `ok` and `nok` get the real one, which the tokenizer goes on with.
 */
function endBeforeBrace(construct: Construct): Construct {
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      // Most letters of a text are inside a word, where no link starts: no wrapping needed.
      if (construct.previous && !construct.previous.call(this, this.previous)) return nok
      let current: Code = null
      let done = false
      const real =
        (next: State, last = false): State =>
        () => {
          if (last) done = true
          return next(current)
        }
      const nest = (inner: Construct | Construct[]) => {
        const list = ([] as Construct[]).concat(inner).map(
          (one): Construct => ({
            ...one,
            tokenize(innerEffects, innerOk, innerNok) {
              return one.tokenize.call(this, guarded(innerEffects), real(innerOk), real(innerNok))
            },
          }),
        )
        return Array.isArray(inner) ? list : (list[0] as Construct)
      }
      const guarded = (base: Effects): Effects => ({
        ...base,
        attempt: (inner, onOk, onNok) => base.attempt(nest(inner as Construct), onOk, onNok),
        check: (inner, onOk, onNok) => base.check(nest(inner as Construct), onOk, onNok),
      })
      const guard =
        (state: State): State =>
        (code) => {
          // `\{` is a brace written as text, not an expression.
          const brace = code === codes.leftCurlyBrace && current !== codes.backslash
          current = code
          const next = state(brace ? codes.space : code)
          return done || !next ? next : guard(next)
        }
      return guard(construct.tokenize.call(this, guarded(effects), real(ok, true), real(nok, true)))
    },
  }
}
