import fs from 'node:fs'
import ts from 'typescript'
import { escapeBraces } from './escape-braces.js'

/** An interface to document: its name, the file that declares it, and the section's intro. */
export interface OptionsSource {
  file: string
  name: string
  title: string
  intro: string
}

/**
 * The options reference, read from the TSDoc of the options types at build time: every property
 * of each interface becomes a section with its type and its comment, so the page and the types
 * cannot disagree.
 */
export function optionsReference(sources: OptionsSource[]): string {
  const lines: string[] = []
  for (const source of sources) {
    lines.push(`## ${source.title}`, '', source.intro, '')
    for (const property of readProperties(source.file, source.name)) {
      lines.push(`### ${property.name}`, '', `Type: \`${property.type}\``, '')
      lines.push(escapeBraces(property.doc || 'Not documented.'), '')
    }
  }
  return lines.join('\n')
}

export interface DocumentedProperty {
  name: string
  type: string
  doc: string
}

/** The properties of interface `name` in `file`, in the order they are declared. */
export function readProperties(file: string, name: string): DocumentedProperty[] {
  const text = fs.readFileSync(file, 'utf8')
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const declaration = sourceFile.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === name,
  )
  if (!declaration) throw new Error(`No interface \`${name}\` in ${file}`)
  return declaration.members.filter(ts.isPropertySignature).map((member) => ({
    name: member.name.getText(sourceFile),
    type: typeText(member.type?.getText(sourceFile) ?? 'unknown'),
    doc: ts
      .getJSDocCommentsAndTags(member)
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .join('\n')
      .trim(),
  }))
}

/** `string | undefined` reads as `string`: every option is optional already. */
function typeText(type: string): string {
  return type
    .replace(/\s+/g, ' ')
    .replace(/\s*\|\s*undefined\b/g, '')
    .trim()
}
