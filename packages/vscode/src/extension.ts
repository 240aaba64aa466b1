import path from 'node:path'
import { type ExtensionContext, workspace } from 'vscode'
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node.js'

let client: LanguageClient | undefined

/**
 * Start the sveltedown language server (shipped in the extension, or the one the
 * `sveltedown.server.path` setting names) for `.svx` and `.mds` documents.
 */
export async function activate(context: ExtensionContext) {
  const settings = workspace.getConfiguration('sveltedown')
  const configured = settings.get<string | null>('server.path')
  // VS Code's own Node by default; `sveltedown.server.runtime` names another (`node` on the PATH).
  const runtime = settings.get<string | null>('server.runtime') ?? undefined
  const module = configured
    ? path.resolve(workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', configured)
    : context.asAbsolutePath(path.join('dist', 'server', 'server.mjs'))
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, ...(runtime ? { runtime } : {}) },
    debug: {
      module,
      transport: TransportKind.stdio,
      ...(runtime ? { runtime } : {}),
      options: { execArgv: ['--inspect=6010'] },
    },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'svx' }],
    synchronize: {
      // Components, modules and configs the documents use: their changes reach the server.
      fileEvents: workspace.createFileSystemWatcher('**/*.{svelte,ts,js,svx,mds,json}'),
    },
  }
  client = new LanguageClient('sveltedown', 'sveltedown', serverOptions, clientOptions)
  await client.start()
}

export function deactivate() {
  return client?.stop()
}
