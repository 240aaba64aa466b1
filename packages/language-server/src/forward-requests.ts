import { toShadow } from '@sveltedown/check'
import {
  CompletionRequest,
  CompletionResolveRequest,
  type Connection,
  DefinitionRequest,
  HoverRequest,
  PrepareRenameRequest,
  type ProtocolConnection,
  RenameRequest,
} from 'vscode-languageserver/node.js'
import {
  mapCompletionItem,
  mapCompletionList,
  mapDefinition,
  mapHover,
  mapWorkspaceEdit,
  rangeInDocument,
  type TwinOf,
} from './map-to-document.js'
import { repairForCompletion } from './repair-for-completion.js'
import { isSvelteSyntaxAt, offsetAt } from './svelte-region.js'
import type { SvxDocument } from './svx-document.js'

/**
 * The requests answered by the Svelte language server: each position is moved to the shadow
 * (when it is in Svelte syntax: Markdown gets nothing), the request is sent for the virtual
 * document while it holds that shadow, and the answer is moved back to the document.
 */
export function forwardRequests(
  connection: Connection,
  svelte: ProtocolConnection,
  {
    documentOf,
    documents,
    twinOf,
  }: {
    documentOf: (uri: string) => Promise<SvxDocument | undefined>
    documents: Map<string, SvxDocument>
    twinOf: TwinOf
  },
) {
  /** The document, its current shadow and the request's position in it, when it is in Svelte. */
  const locate = async (
    uri: string,
    position: { line: number; character: number },
    svelteOnly: boolean,
  ) => {
    const svx = await documentOf(uri)
    if (!svx) return undefined
    await svx.ready
    const shadow = svx.shadow
    if (!shadow?.map) return undefined
    const at = toShadow(shadow, position)
    if (!at) return undefined
    if (svelteOnly && !isSvelteSyntaxAt(shadow.code, offsetAt(shadow.code, at))) return undefined
    return { svx, shadow, at }
  }

  connection.onHover(async (params) => {
    const found = await locate(params.textDocument.uri, params.position, true)
    if (!found) return null
    const { svx, shadow, at } = found
    const hover = await svx.withShadow(shadow, () =>
      svelte.sendRequest(HoverRequest.type, {
        textDocument: { uri: svx.virtualUri },
        position: at,
      }),
    )
    return mapHover(hover, shadow)
  })

  connection.onCompletion(async (params) => {
    const svx = await documentOf(params.textDocument.uri)
    if (!svx) return null
    await svx.ready
    // Text being typed rarely compiles (`<Card ` is an unclosed tag): complete in a repaired copy.
    const found =
      (await locate(params.textDocument.uri, params.position, true)) ??
      (await repairForCompletion(svx, params.position))
    if (!found) return null
    const { shadow, at } = found
    const list = await svx.withShadow(shadow, () =>
      svelte.sendRequest(CompletionRequest.type, {
        textDocument: { uri: svx.virtualUri },
        position: at,
        ...(params.context ? { context: params.context } : {}),
      }),
    )
    svx.lastCompletion = shadow
    return mapCompletionList(list, shadow, svx.uri)
  })

  connection.onCompletionResolve(async (item) => {
    const wrapped = item.data as { sveltedownUri?: string; data?: unknown } | undefined
    const svx = wrapped?.sveltedownUri ? documents.get(wrapped.sveltedownUri) : undefined
    const shadow = svx?.lastCompletion
    if (!svx || !shadow) return item
    const resolved = await svx.withShadow(shadow, () =>
      svelte.sendRequest(CompletionResolveRequest.type, { ...item, data: wrapped?.data }),
    )
    return mapCompletionItem(resolved, shadow, svx.uri)
  })

  connection.onDefinition(async (params) => {
    const found = await locate(params.textDocument.uri, params.position, true)
    if (!found) return null
    const { svx, shadow, at } = found
    const result = await svx.withShadow(shadow, () =>
      svelte.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: svx.virtualUri },
        position: at,
      }),
    )
    return mapDefinition(result, twinOf, shadow)
  })

  connection.onPrepareRename(async (params) => {
    const found = await locate(params.textDocument.uri, params.position, true)
    if (!found) return null
    const { svx, shadow, at } = found
    const result = await svx.withShadow(shadow, () =>
      svelte.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri: svx.virtualUri },
        position: at,
      }),
    )
    if (!result) return null
    const range = 'range' in result ? result.range : 'start' in result ? result : undefined
    if (!range) return result
    return rangeInDocument(shadow, range) ?? null
  })

  connection.onRenameRequest(async (params) => {
    const found = await locate(params.textDocument.uri, params.position, true)
    if (!found) return null
    const { svx, shadow, at } = found
    const edit = await svx.withShadow(shadow, () =>
      svelte.sendRequest(RenameRequest.type, {
        textDocument: { uri: svx.virtualUri },
        position: at,
        newName: params.newName,
      }),
    )
    return mapWorkspaceEdit(edit, twinOf)
  })
}
