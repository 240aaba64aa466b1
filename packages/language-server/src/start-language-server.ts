import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type CompiledShadow,
  compileShadow,
  shadowPaths,
  writeShadowFiles,
} from '@sveltedown/check'
import { type CompileOptions, compile } from 'sveltedown'
import {
  type Connection,
  createConnection,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  InitializeRequest,
  type InitializeResult,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { createDiagnostics } from './diagnostics.js'
import { forwardRequests } from './forward-requests.js'
import { headingSymbols } from './heading-symbols.js'
import type { TwinOf } from './map-to-document.js'
import { isShadowUri, mirrorOf, projectOptions, projectRootOf } from './project-options.js'
import { startSvelteServer } from './svelte-server.js'
import { SvxDocument } from './svx-document.js'

/**
 * The sveltedown language server over stdio: each open `.svx` is compiled (the shadow compile
 * `sveltedown check` uses) to a virtual `.svelte` document for the Svelte language server, and
 * every request and answer is moved through the sourcemap. Markdown regions are left alone.
 */
export function startLanguageServer(
  connection: Connection = createConnection(
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  ),
) {
  // The Svelte language server logs with `console.log`; stdout is the protocol's.
  console.log = console.error
  const svelte = startSvelteServer()
  const editorDocuments = new TextDocuments(TextDocument)
  const documents = new Map<string, SvxDocument>()
  /** Documents whose project is still being set up. */
  const opening = new Map<string, Promise<SvxDocument>>()
  const documentOf = async (uri: string) => documents.get(uri) ?? (await opening.get(uri))
  let workspaceRoot = process.cwd()

  const twinOf: TwinOf = (uri) => {
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri
    for (const document of documents.values()) {
      if (document.virtualPath === file && document.shadow?.map) {
        return { uri: document.uri, shadow: document.shadow }
      }
    }
    return undefined
  }
  const optionsOf = (file: string): Promise<CompileOptions> =>
    projectOptions(projectRootOf(file, workspaceRoot), (message) =>
      connection.console.error(message),
    )
  const diagnostics = createDiagnostics(connection, svelte)

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (rootUri) workspaceRoot = fileURLToPath(rootUri)
    const inner = await svelte.sendRequest(InitializeRequest.type, {
      ...params,
      processId: null,
      capabilities: {
        ...params.capabilities,
        textDocument: {
          ...params.capabilities.textDocument,
          // Pulled, so that diagnostics are asked for the text they belong to.
          diagnostic: { dynamicRegistration: false },
        },
        workspace: {
          ...params.capabilities.workspace,
          diagnostics: { refreshSupport: true },
          workspaceEdit: { documentChanges: false },
        },
      },
      initializationOptions: { isTrusted: true, ...params.initializationOptions },
    })
    const completion = inner.capabilities.completionProvider
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: {
          resolveProvider: true,
          triggerCharacters: completion?.triggerCharacters ?? ['.', '<', '{', ' '],
        },
        definitionProvider: true,
        documentSymbolProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'sveltedown' },
    }
  })
  connection.onInitialized(() => svelte.sendNotification('initialized', {}))

  // What the Svelte language server asks its editor: watchers go to ours, refreshes are ours.
  svelte.onRequest('client/registerCapability', (params) =>
    connection.sendRequest('client/registerCapability', params),
  )
  svelte.onRequest('workspace/diagnostic/refresh', () => {
    for (const document of documents.values()) diagnostics.schedule(document)
    return null
  })
  svelte.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => null),
  )
  for (const method of [
    'window/workDoneProgress/create',
    'workspace/semanticTokens/refresh',
    'workspace/inlayHint/refresh',
    'workspace/codeLens/refresh',
  ]) {
    svelte.onRequest(method, () => null)
  }
  svelte.onNotification('window/logMessage', (params) =>
    connection.sendNotification('window/logMessage', params),
  )
  connection.onNotification(
    DidChangeWatchedFilesNotification.type,
    (params: DidChangeWatchedFilesParams) => {
      // Our own shadows change on every keystroke; the Svelte language server has them open.
      const changes = params.changes.filter((change) => !isShadowUri(change.uri))
      if (changes.length > 0) {
        svelte.sendNotification(DidChangeWatchedFilesNotification.type, { changes })
      }
    },
  )

  editorDocuments.onDidOpen(({ document }) => {
    const file = fileURLToPath(document.uri)
    const root = projectRootOf(file, workspaceRoot)
    // The mirror's place is known once the project is set up (SvelteKit's sync makes `.svelte-kit`).
    const opened = optionsOf(file).then((options) => {
      const compileDocument = (source: string): Promise<CompiledShadow> =>
        compileShadow(source, file, root, options, compile, path.basename(file))
      const virtualPath = shadowPaths(root, mirrorOf(root), file).component
      return new SvxDocument(document.uri, file, virtualPath, svelte, compileDocument)
    })
    opening.set(document.uri, opened)
    void opened.then((svx) => {
      if (opening.get(document.uri) !== opened) return
      opening.delete(document.uri)
      documents.set(document.uri, svx)
      const current = editorDocuments.get(document.uri)
      if (current) refresh(svx, current)
    })
  })
  editorDocuments.onDidChangeContent(({ document }) => {
    const svx = documents.get(document.uri)
    if (svx && svx.version !== document.version) refresh(svx, document)
  })
  editorDocuments.onDidClose(({ document }) => {
    const svx = documents.get(document.uri)
    opening.delete(document.uri)
    documents.delete(document.uri)
    svx?.close()
    diagnostics.clear(document.uri)
  })
  const refresh = (svx: SvxDocument, document: TextDocument) => {
    void svx.update(document.getText(), document.version).then(async (shadow) => {
      if (!shadow) return
      // On disk too, so that the mirror's tsconfig includes it and importers of the document
      // (through the re-exporting module beside it) see its types.
      if (shadow.map) {
        const root = projectRootOf(svx.path, workspaceRoot)
        await writeShadowFiles(root, mirrorOf(root), svx.path, shadow.code)
      }
      diagnostics.schedule(svx)
    })
  }

  forwardRequests(connection, svelte, { documentOf, documents, twinOf })

  connection.onDocumentSymbol(async (params) => {
    const svx = await documentOf(params.textDocument.uri)
    if (!svx) return null
    return headingSymbols(svx.source, await optionsOf(svx.path))
  })

  connection.onShutdown(() => svelte.sendRequest('shutdown'))
  editorDocuments.listen(connection)
  connection.listen()
  return connection
}
