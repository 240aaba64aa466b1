import { pathToFileURL } from 'node:url'
import type { CompiledShadow } from '@sveltedown/check'
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type ProtocolConnection,
} from 'vscode-languageserver/node.js'

/**
 * An open `.svx` document and its virtual `.svelte` twin in the Svelte language server: the
 * shadow component at `virtualPath` in the mirror (`src/routes/+page.svx` →
 * `<mirror>/src/routes/+page.svx.svelte`), whose imports (`./Card.svelte`, `$lib/…`, `./$types`)
 * resolve as the document's do through the mirror's tsconfig. The editor's unsaved text reaches
 * the Svelte language server as that document's changes.
 */
export class SvxDocument {
  readonly virtualUri: string
  /** The text the editor has, its version, and its shadow (`undefined` until compiled). */
  source = ''
  version = 0
  shadow: CompiledShadow | undefined
  /** Settles when the latest text has compiled: requests wait for it. */
  ready: Promise<unknown> = Promise.resolve()
  /** The shadow the last completion list came from, for resolving its items. */
  lastCompletion: CompiledShadow | undefined
  private sent: string | undefined
  private sentVersion = 0
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    readonly uri: string,
    readonly path: string,
    readonly virtualPath: string,
    private readonly svelte: ProtocolConnection,
    private readonly compile: (source: string) => Promise<CompiledShadow>,
  ) {
    this.virtualUri = pathToFileURL(virtualPath).href
  }

  /** Compile new text; resolves with its shadow, or `undefined` when newer text came meanwhile. */
  async update(source: string, version: number): Promise<CompiledShadow | undefined> {
    this.source = source
    this.version = version
    const compiled = this.compile(source)
    this.ready = compiled.catch(() => undefined)
    const shadow = await compiled
    if (this.version !== version) return undefined
    this.shadow = shadow
    return shadow
  }

  /** Compile a variant of the text (a completion's repair) without making it current. */
  compileVariant(source: string): Promise<CompiledShadow> {
    return this.compile(source)
  }

  /**
   * Run `request` while the Svelte language server holds `shadow`'s code: requests on one
   * document take turns, so a completion's repaired variant never answers another request.
   */
  withShadow<T>(shadow: CompiledShadow, request: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.send(shadow.code)
      return request()
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private send(code: string) {
    if (this.sent === code) return
    this.sentVersion++
    if (this.sent === undefined) {
      this.svelte.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {
          uri: this.virtualUri,
          languageId: 'svelte',
          version: this.sentVersion,
          text: code,
        },
      })
    } else {
      this.svelte.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: this.virtualUri, version: this.sentVersion },
        contentChanges: [{ text: code }],
      })
    }
    this.sent = code
  }

  close() {
    if (this.sent === undefined) return
    this.svelte.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri: this.virtualUri },
    })
    this.sent = undefined
  }
}
