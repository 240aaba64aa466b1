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
  const configured = workspace.getConfiguration('sveltedown').get<string | null>('server.path')
  const module = configured
    ? path.resolve(workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', configured)
    : context.asAbsolutePath(path.join('dist', 'server', 'server.mjs'))
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6010'] } },
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
