import { VFile } from 'vfile'
import { cwd } from '#platform'
import { cachedProcessor } from './cached-processor.js'
import { locateDiagnostic } from './diagnostics/locate-diagnostic.js'
import type { SveltedownError } from './diagnostics/sveltedown-error.js'
import { clampPosition, toSveltedownError } from './diagnostics/to-sveltedown-error.js'
import type { CompileOptions } from './options.js'
import { linearSpansInstalled } from './parse/linear-spans.js'
import { linearTextMergeInstalled } from './parse/linear-text-merge.js'
import type { SourceMapV3 } from './serialize/create-writer.js'
import type { Heading } from './transform/rehype-heading-ids.js'

export interface Diagnostic {
  code: string
  severity: 'error' | 'warning'
  message: string
  filename: string | undefined
  start: { line: number; column: number; offset?: number | undefined }
  end: { line: number; column: number; offset?: number | undefined }
  frame: string
  url: string
}

export interface CompileResult {
  /** Svelte 5 component source. */
  code: string
  /** Sourcemap v3 from `code` to the document. */
  map: SourceMapV3
  data: {
    /** The frontmatter: the schema's output when the `content` option has one for the document. */
    frontmatter: Record<string, unknown>
    headings: Heading[]
    /** Words a reader sees: prose, inline code and code blocks (not frontmatter or scripts). */
    words: number
    /** Minutes to read the words at 200 a minute, rounded up (0 without words). */
    readingTime: number
  }
  /** Warnings; errors are thrown as `SveltedownError`. */
  diagnostics: Diagnostic[]
  /** Files the result depends on (the layout): watch them and compile again when they change. */
  dependencies: string[]
}

/**
 * Compile a Markdown-with-Svelte document to a Svelte 5 component. Every failure rejects the
 * promise with a `SveltedownError`: ours, a plugin's (`plugin_error`), or an unexpected one
 * (`internal_error`), each with a position in the document.
 */
export async function compile(
  source: string,
  options: CompileOptions = {},
): Promise<CompileResult> {
  // Neither the file name nor the warning filter changes how a document compiles.
  const { filename, warningFilter: _, ...rest } = options ?? {}
  const text = typeof source === 'string' ? source : String(source ?? '')
  let file: VFile
  try {
    file = new VFile({ value: text, path: filename, cwd: rest.root ?? cwd() })
    await linearTextMergeInstalled
    await linearSpansInstalled
    await cachedProcessor(rest).process(file)
  } catch (error) {
    throw locateDiagnostic(clampPosition(toSveltedownError(error), text), text, filename)
  }
  const warnings = (file.data.diagnostics ?? [])
    .map((warning) => locateDiagnostic(warning, text, filename).toJSON())
    .filter((warning) => options?.warningFilter?.(warning) ?? true)
  return {
    code: String(file.value),
    map: file.map as unknown as SourceMapV3,
    data: {
      frontmatter: file.data.frontmatter ?? {},
      headings: file.data.headings ?? [],
      words: file.data.words ?? 0,
      readingTime: file.data.readingTime ?? 0,
    },
    diagnostics: warnings,
    dependencies: file.data.dependencies ?? [],
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Warnings raised while compiling, located when the compile ends. */
    diagnostics: SveltedownError[]
  }
}
