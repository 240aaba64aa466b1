import { type CompileOptions, catalogue, compile, type Diagnostic } from 'sveltedown'
import { errorExamples } from './error-examples.js'
import { escapeBraces, fenceFor } from './escape-braces.js'

/**
 * The errors reference: one section per code of the catalogue, with an example document compiled
 * now. An example that stops raising its code fails the build, so no entry goes stale.
 */
export async function errorsReference(root: string): Promise<string> {
  const sections: string[] = []
  for (const [code, definition] of Object.entries(catalogue)) {
    const kind = definition.severity === 'error' ? 'Error' : 'Warning'
    sections.push(`## ${code}`, '', `**${kind}.** ${escapeBraces(definition.description)}`, '')
    const example = errorExamples[code]
    if (!example) {
      sections.push('No document raises it on purpose: it is reported for bugs.', '')
      continue
    }
    const found = await diagnosticOf(example.source, { root, ...example.options }, code)
    if (!found) {
      throw new Error(
        `The example of \`${code}\` (docs/plugins/error-examples.ts) no longer raises it`,
      )
    }
    const options = example.optionsText ?? (example.options && JSON.stringify(example.options))
    if (options) sections.push(`Compiled with \`${options}\`:`, '')
    sections.push(...fenced(example.source, 'svx'), '', ...fenced(found, 'text'), '')
  }
  return sections.join('\n')
}

/** The report of `code` for `source`, as the CLI prints it: place, message, frame. */
async function diagnosticOf(
  source: string,
  options: CompileOptions,
  code: string,
): Promise<string | undefined> {
  const filename = 'example.svx'
  let reports: Array<Pick<Diagnostic, 'code' | 'message' | 'frame' | 'start'>>
  try {
    reports = (await compile(source, { ...options, filename })).diagnostics
  } catch (error) {
    reports = [error as Diagnostic]
  }
  const report = reports.find((candidate) => candidate.code === code)
  if (!report) return undefined
  const message = report.message.split('\n')[0]?.replace(/^\S+:\d+:\d+: /, '') ?? ''
  return `${filename}:${report.start.line}:${report.start.column} ${code}: ${message}\n${report.frame}`
}

function fenced(code: string, lang: string): string[] {
  const fence = fenceFor(code)
  return [`${fence}${lang}`, code.replace(/\n$/, ''), fence]
}
