import type { Connection } from 'vscode-languageserver/node.js'

/** Starts the Svelte language server on `connection` (see svelte-language-server's `LSOptions`). */
export declare function startServer(options: {
  connection: Connection
  logErrorsOnly?: boolean
}): void
