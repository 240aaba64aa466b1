import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js'
import {
  type CompletionItem,
  type CompletionList,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type DocumentSymbol,
  DocumentSymbolRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type Location,
  type LocationLink,
  type Position,
  PublishDiagnosticsNotification,
  RenameRequest,
  ShutdownRequest,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node.js'
import { projectEnv } from '../../../../test-utils/project-env.ts'

/** The built server, as the extension starts it. */
export const serverPath = new URL('../../dist/cli.js', import.meta.url).pathname

/**
 * An editor's side of the protocol: starts a server over stdio in a project, opens and edits
 * documents, and keeps every diagnostics notification it receives.
 */
export async function startEditor(root: string, command = [serverPath]) {
  const child: ChildProcess = spawn(process.execPath, command, {
    cwd: root,
    env: projectEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
    new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
  )
  const published: Array<{ uri: string; version?: number; diagnostics: Diagnostic[] }> = []
  const waiters: Array<() => void> = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const rootUri = pathToFileURL(root).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
    capabilities: {
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        definition: { linkSupport: true },
        rename: { prepareSupport: true },
        publishDiagnostics: {},
      },
      workspace: { workspaceFolders: true },
    },
  })
  connection.sendNotification(InitializedNotification.type, {})
  const versions = new Map<string, number>()
  const uriOf = (file: string) => pathToFileURL(path.join(root, file)).href

  return {
    uriOf,
    get stderr() {
      return stderr
    },
    /** Open a document (written to disk too, as a saved file is). */
    open(file: string, text: string) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      fs.writeFileSync(path.join(root, file), text)
      versions.set(file, 1)
      connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: uriOf(file), languageId: 'svx', version: 1, text },
      })
    },
    /** Replace a document's text, unsaved, as typing does. */
    change(file: string, text: string) {
      const version = (versions.get(file) ?? 1) + 1
      versions.set(file, version)
      connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: uriOf(file), version },
        contentChanges: [{ text }],
      })
      return version
    },
    /** The first diagnostics published for a document (at a version, if given) from now on. */
    diagnostics(file: string, version?: number, timeout = 90_000): Promise<Diagnostic[]> {
      const uri = uriOf(file)
      const from = published.length
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no diagnostics for ${file}; stderr:\n${stderr}`)),
          timeout,
        )
        const check = () => {
          const found = published
            .slice(from)
            .find((p) => p.uri === uri && (version === undefined || p.version === version))
          if (found) {
            clearTimeout(timer)
            resolve(found.diagnostics)
          } else waiters.push(check)
        }
        check()
      })
    },
    hover(file: string, position: Position) {
      return connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: uriOf(file) },
        position,
      })
    },
    async completion(file: string, position: Position): Promise<CompletionItem[]> {
      const list = (await connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: uriOf(file) },
        position,
      })) as CompletionList | CompletionItem[] | null
      return Array.isArray(list) ? list : (list?.items ?? [])
    },
    definition(file: string, position: Position) {
      return connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: uriOf(file) },
        position,
      }) as Promise<Location[] | LocationLink[] | null>
    },
    symbols(file: string) {
      return connection.sendRequest(DocumentSymbolRequest.type, {
        textDocument: { uri: uriOf(file) },
      }) as Promise<DocumentSymbol[] | null>
    },
    rename(file: string, position: Position, newName: string) {
      return connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: uriOf(file) },
        position,
        newName,
      }) as Promise<WorkspaceEdit | null>
    },
    async stop() {
      await Promise.race([
        connection.sendRequest(ShutdownRequest.type),
        new Promise((resolve) => setTimeout(resolve, 5000)),
      ])
      connection.sendNotification(ExitNotification.type)
      await new Promise((resolve) => setTimeout(resolve, 200))
      connection.dispose()
      child.kill('SIGKILL')
    },
  }
}

/** The 0-based position of the first `text` in `source`, plus `offset` characters. */
export function positionOf(source: string, text: string, offset = 0): Position {
  const at = source.indexOf(text)
  if (at < 0) throw new Error(`${text} not in the document`)
  const before = source.slice(0, at + offset).split('\n')
  return { line: before.length - 1, character: before.at(-1)?.length ?? 0 }
}
