import { type MappedShadow, toDocumentRange } from '@sveltedown/check'
import type {
  CompletionItem,
  CompletionList,
  Definition,
  DefinitionLink,
  Hover,
  Location,
  LocationLink,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node.js'

/** A virtual document's `.svx`: its URI and shadow. */
export interface Twin {
  uri: string
  shadow: MappedShadow
}

/** Finds the `.svx` twin of a virtual document's URI (other URIs are real files). */
export type TwinOf = (uri: string) => Twin | undefined

/** A range in the shadow, in the document; `undefined` when it is generated code. */
export function rangeInDocument(shadow: MappedShadow, range: Range): Range | undefined {
  return toDocumentRange(shadow, range)
}

/** Definitions: targets in a virtual document move to its `.svx`; generated targets are dropped. */
export function mapDefinition(
  result: Definition | DefinitionLink[] | null,
  twinOf: TwinOf,
  origin: MappedShadow,
): Location[] | LocationLink[] | null {
  if (!result) return null
  const list = (Array.isArray(result) ? result : [result]) as Array<Location | LocationLink>
  const mapped: Array<Location | LocationLink> = []
  for (const item of list) {
    if ('targetUri' in item) {
      const twin = twinOf(item.targetUri)
      const targetRange = twin ? rangeInDocument(twin.shadow, item.targetRange) : item.targetRange
      const selection = twin
        ? rangeInDocument(twin.shadow, item.targetSelectionRange)
        : item.targetSelectionRange
      if (!targetRange || !selection) continue
      const originRange = item.originSelectionRange
        ? rangeInDocument(origin, item.originSelectionRange)
        : undefined
      mapped.push({
        targetUri: twin?.uri ?? item.targetUri,
        targetRange,
        targetSelectionRange: selection,
        ...(originRange ? { originSelectionRange: originRange } : {}),
      })
    } else {
      const twin = twinOf(item.uri)
      const range = twin ? rangeInDocument(twin.shadow, item.range) : item.range
      if (range) mapped.push({ uri: twin?.uri ?? item.uri, range })
    }
  }
  return mapped as Location[] | LocationLink[]
}

export function mapHover(hover: Hover | null, shadow: MappedShadow): Hover | null {
  if (!hover) return null
  const range = hover.range ? rangeInDocument(shadow, hover.range) : undefined
  return { contents: hover.contents, ...(range ? { range } : {}) }
}

/** Text edits in the shadow, in the document: an edit of generated code is dropped. */
function mapEdits(edits: TextEdit[], shadow: MappedShadow): TextEdit[] {
  const mapped: TextEdit[] = []
  const seen = new Set<string>()
  for (const edit of edits) {
    const range = rangeInDocument(shadow, edit.range)
    if (!range) continue
    // The frontmatter's destructuring and the markup's first use map to the same text.
    const key = JSON.stringify(range)
    if (seen.has(key)) continue
    seen.add(key)
    mapped.push({ range, newText: edit.newText })
  }
  return mapped
}

/**
 * A completion item in the document: its edit's range mapped (or the edit turned into plain
 * text to insert), other edits mapped, and `data` wrapped so that its resolve finds the document.
 */
export function mapCompletionItem(
  item: CompletionItem,
  shadow: MappedShadow,
  uri: string,
): CompletionItem {
  const { textEdit, additionalTextEdits, data, ...rest } = item
  const mapped: CompletionItem = { ...rest, data: { sveltedownUri: uri, data } }
  if (textEdit) {
    const range =
      'range' in textEdit
        ? rangeInDocument(shadow, textEdit.range)
        : rangeInDocument(shadow, textEdit.replace)
    if (range) mapped.textEdit = { range, newText: textEdit.newText }
    else mapped.insertText = textEdit.newText
  }
  if (additionalTextEdits) mapped.additionalTextEdits = mapEdits(additionalTextEdits, shadow)
  return mapped
}

export function mapCompletionList(
  list: CompletionList | CompletionItem[] | null,
  shadow: MappedShadow,
  uri: string,
): CompletionList | null {
  if (!list) return null
  const items = Array.isArray(list) ? list : list.items
  return {
    isIncomplete: Array.isArray(list) ? false : list.isIncomplete,
    items: items.map((item) => mapCompletionItem(item, shadow, uri)),
  }
}

/** A rename's edits: those in virtual documents move to their `.svx`, generated ones go. */
export function mapWorkspaceEdit(edit: WorkspaceEdit | null, twinOf: TwinOf): WorkspaceEdit | null {
  if (!edit) return null
  const changes: Record<string, TextEdit[]> = {}
  const add = (uri: string, edits: TextEdit[]) => {
    const twin = twinOf(uri)
    const target = twin?.uri ?? uri
    const mapped = twin ? mapEdits(edits, twin.shadow) : edits
    changes[target] = [...(changes[target] ?? []), ...mapped]
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) add(uri, edits)
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) {
      add(
        change.textDocument.uri,
        change.edits.filter((e): e is TextEdit => 'range' in e && 'newText' in e),
      )
    }
  }
  return { changes }
}
