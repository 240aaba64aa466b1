import { SveltedownError } from 'sveltedown'

/**
 * A document's compile error in the shape Vite's overlay and terminal show well: the message
 * ends with the link to the error's stable code (as Svelte's errors end with theirs), `loc` and
 * `frame` point into the `.svx`, and the stack is left out unless it helps: our own stack says
 * nothing about a mistake in a document, while a failing plugin's stack (`internal_error`,
 * `plugin_error`) is what its author needs. The original stays as `cause`, and a new object is
 * made because the persistent cache throws a stored error again (changing it would repeat the
 * link).
 */
export function toViteError(error: unknown, id: string): unknown {
  if (!(error instanceof SveltedownError)) return error
  const shown = new Error(`${error.message}\n${error.url}`, { cause: error })
  shown.name = error.name
  const cause = error.cause instanceof Error ? error.cause : undefined
  shown.stack =
    error.code === 'internal_error'
      ? (error.stack ?? '')
      : error.code === 'plugin_error'
        ? (cause?.stack ?? '')
        : ''
  return Object.assign(shown, {
    code: error.code,
    id,
    loc: { file: id, line: error.start.line, column: error.start.column },
    frame: error.frame,
    url: error.url,
  })
}
