import { type CheckDiagnostic, mapRange } from '@sveltedown/check'
import {
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticRequest,
  type ProtocolConnection,
} from 'vscode-languageserver/node.js'
import type { SvxDocument } from './svx-document.js'

/** Wait this long after a keystroke before asking TypeScript again. */
const delay = 150

/**
 * Diagnostics of open documents: sveltedown's own (from the compile), and the Svelte language
 * server's (Svelte's and TypeScript's), pulled for the shadow they belong to and moved to the
 * document's ranges. A result for text that changed meanwhile is dropped: a newer one is coming.
 */
export function createDiagnostics(connection: Connection, svelte: ProtocolConnection) {
  const timers = new Map<string, NodeJS.Timeout>()

  const publish = async (document: SvxDocument) => {
    const shadow = document.shadow
    if (!shadow) return
    const version = document.version
    const own = shadow.diagnostics.map(fromSveltedown)
    let found: Diagnostic[] = []
    if (shadow.map) {
      const report = await document.withShadow(shadow, () =>
        svelte.sendRequest(DocumentDiagnosticRequest.type, {
          textDocument: { uri: document.virtualUri },
        }),
      )
      if (document.shadow !== shadow) return
      found = report.kind === 'full' ? report.items.map((item) => moved(item, shadow)) : []
    }
    connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [...own, ...found] })
  }

  return {
    /** Publish the document's diagnostics soon (once, however many changes come first). */
    schedule(document: SvxDocument) {
      clearTimeout(timers.get(document.uri))
      timers.set(
        document.uri,
        setTimeout(() => {
          timers.delete(document.uri)
          publish(document).catch((error: unknown) =>
            connection.console.error(`sveltedown: diagnostics failed: ${String(error)}`),
          )
        }, delay),
      )
    },
    clear(uri: string) {
      clearTimeout(timers.get(uri))
      timers.delete(uri)
      connection.sendDiagnostics({ uri, diagnostics: [] })
    },
  }
}

/** A Svelte or TypeScript diagnostic of the shadow, at the document's range. */
function moved(diagnostic: Diagnostic, shadow: Parameters<typeof mapRange>[2]): Diagnostic {
  const { start, end } = mapRange(diagnostic.range, diagnostic.message, shadow)
  const { relatedInformation: _related, ...rest } = diagnostic
  return {
    ...rest,
    range: {
      start: { line: start.line - 1, character: start.column - 1 },
      end: { line: end.line - 1, character: end.column - 1 },
    },
  }
}

/** sveltedown's own warning or error (1-based) as an editor diagnostic. */
function fromSveltedown(diagnostic: CheckDiagnostic): Diagnostic {
  return {
    range: {
      start: { line: diagnostic.start.line - 1, character: diagnostic.start.column - 1 },
      end: { line: diagnostic.end.line - 1, character: diagnostic.end.column - 1 },
    },
    severity: diagnostic.type === 'ERROR' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'sveltedown',
    message: diagnostic.message,
    ...(diagnostic.code === undefined ? {} : { code: diagnostic.code }),
  }
}
