import { PassThrough } from 'node:stream'
import {
  createConnection,
  createProtocolConnection,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js'
import { startServer } from '../lib/svelte-language-server.js'

/**
 * The published Svelte language server, used as a library: started in this process on a pair of
 * in-memory streams, with a client connection to it. It sees only virtual `.svelte` documents.
 */
export function startSvelteServer(): ProtocolConnection {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer({
    connection: createConnection(
      new StreamMessageReader(toServer),
      new StreamMessageWriter(toClient),
    ),
    logErrorsOnly: true,
  })
  const client = createProtocolConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  )
  client.listen()
  return client
}
