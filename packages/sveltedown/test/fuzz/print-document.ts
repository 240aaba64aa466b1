import type { Block, DocumentTree, Inline, Line } from './document-tree.js'

export interface GeneratedDocument {
  source: string
  /** Marker words on paths that render (not in `{:else}`, `{:then}`…): each must reach the HTML. */
  expected: string[]
}

interface Context {
  tree: DocumentTree
  markers: number
  footnotes: number
  references: number
  snippets: number
  expected: string[]
  /** Definitions used by the block being printed, written after it. */
  pending: string[]
  /** Definitions written at the end of the document (`definitionsInPlace: false`). */
  atEnd: string[]
}

/** Props and variables every generated document may use; the script below declares them. */
export const renderProps = { label: 'the-label' }

/** Write a document tree as `.svx` text, with the marker words the rendered page must show. */
export function printDocument(tree: DocumentTree): GeneratedDocument {
  const context: Context = {
    tree,
    markers: 0,
    footnotes: 0,
    references: 0,
    snippets: 0,
    expected: [],
    pending: [],
    atEnd: [],
  }
  const sections: string[][] = []
  if (tree.frontmatter) sections.push(['---', 'title: Fuzz title', 'description: a page', '---'])
  const script = tree.script === 'none' ? [] : printScript(tree)
  if (!tree.scriptLast && script.length > 0) sections.push(script)
  if (tree.moduleScript)
    sections.push(['<script module>', `${tree.indent}export const extra = 1`, '</script>'])
  sections.push(printBlocks(tree.blocks, context, true, false))
  if (context.atEnd.length > 0)
    sections.push(context.atEnd.flatMap((line) => [line, '']).slice(0, -1))
  if (tree.scriptLast && script.length > 0) sections.push(script)
  if (tree.style) {
    sections.push([
      '<style>',
      `${tree.indent}.s { color: red; }`,
      `${tree.indent}div { margin: 0; }`,
      '</style>',
    ])
  }
  return {
    source: `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`,
    expected: context.expected,
  }
}

function printScript(tree: DocumentTree): string[] {
  const ts = tree.script === 'ts'
  const body = [
    "import Card from './Card.svelte'",
    "import Box from './Box.svelte'",
    "import Badge from './Badge.svelte'",
    ts
      ? "let { label = 'label' }: { label?: string } = $props()"
      : "let { label = 'label' } = $props()",
    ts ? 'let x: number = $state(1)' : 'let x = $state(1)',
    "let name = $state('name')",
    'let flag = true',
    'const xs = [1, 2, 3]',
    "const rest = { 'data-rest': 'r' }",
    "const id = 'the-id'",
    'const p = new Promise(() => {})',
    'function f() {}',
    ts ? 'function fn(v: unknown) { return v }' : 'function fn(v) { return v }',
  ]
  return [
    ts ? '<script lang="ts">' : '<script>',
    ...body.map((line) => tree.indent + line),
    '</script>',
  ]
}

function marker(context: Context, rendered: boolean) {
  const word = `mkw${++context.markers}`
  if (rendered) context.expected.push(word)
  return word
}

function indentLines(lines: string[], unit: string) {
  return lines.map((line) => (line === '' ? '' : unit + line))
}

/** Sibling blocks, blank lines between them as `gaps` says, definitions after their block. */
function printBlocks(
  blocks: Block[],
  context: Context,
  rendered: boolean,
  inComponent: boolean,
): string[] {
  const lines: string[] = []
  blocks.forEach((block, index) => {
    const gaps = context.tree.gaps
    const blank = lines.length > 0 && lines[lines.length - 1] === ''
    // Tables always stand apart: a table right after another would take it in as rows.
    const table = block.t === 'table' || blocks[index - 1]?.t === 'table'
    if (index > 0 && !blank && (table || gaps.length === 0 || gaps[index % gaps.length]))
      lines.push('')
    const start = context.pending.length
    lines.push(...printBlock(block, context, rendered, inComponent))
    const definitions = context.pending.splice(start)
    if (context.tree.definitionsInPlace) {
      for (const definition of definitions) lines.push('', definition)
      if (definitions.length > 0) lines.push('')
    } else context.atEnd.push(...definitions)
  })
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

function printBlock(
  block: Block,
  context: Context,
  rendered: boolean,
  inComponent: boolean,
): string[] {
  const unit = context.tree.indent
  const nested = (children: Block[], indent: boolean, taken: boolean, component = false) => {
    const lines = printBlocks(children, context, taken, component)
    return indent ? indentLines(lines, unit) : lines
  }
  switch (block.t) {
    case 'paragraph':
      return block.lines.map((line, index) =>
        printLine(line, context, rendered, index === block.lines.length - 1),
      )
    case 'atx': {
      const hashes = '#'.repeat(block.level)
      return [
        `${hashes} ${printInlines(block.content, context, rendered)}${block.closed ? ` ${hashes}` : ''}`,
      ]
    }
    case 'setext': {
      const text = printInlines(block.content, context, rendered)
      return [text, block.level === 1 ? '===' : '---']
    }
    case 'fence': {
      const fence = block.tildes ? '~~~' : '```'
      const comment = block.lang === 'md' ? '' : '// '
      return [
        `${fence}${block.lang}`,
        ...block.body,
        `${comment}${marker(context, rendered)}`,
        fence,
      ]
    }
    case 'list':
      return block.items.flatMap((item, index) => {
        const bullet = block.ordered ? `${index + 1}. ` : '- '
        const continuation = unit === '\t' ? '\t' : ' '.repeat(bullet.length)
        const lines = printBlocks(item, context, rendered, false)
        const task = block.task ? (index % 2 === 0 ? '[ ] ' : '[x] ') : ''
        return [`${bullet}${task}${lines[0] ?? ''}`, ...indentLines(lines.slice(1), continuation)]
      })
    case 'quote':
      return printBlocks(block.children, context, rendered, false).map((line) =>
        line === '' ? '>' : `> ${line}`,
      )
    case 'table': {
      const row = (cells: Inline[][]) =>
        `| ${cells.map((cell) => printInlines(cell, context, rendered)).join(' | ')} |`
      return [
        row(block.header),
        `| ${block.header.map((_, index) => block.align[index % block.align.length]).join(' | ')} |`,
        ...block.rows.map((cells) => row(cells.slice(0, block.header.length))),
      ]
    }
    case 'break':
      return [block.text]
    case 'element': {
      const open = block.multiline
        ? [`<${block.name}`, ...block.attributes.map((a) => unit + a), '>']
        : [`<${[block.name, ...block.attributes].join(' ')}>`]
      const component = /^[A-Z]/.test(block.name)
      return [
        ...open,
        ...nested(block.children, block.indent, rendered, component),
        `</${block.name}>`,
      ]
    }
    case 'structure':
      return printStructure(block, context, rendered)
    case 'p-element':
      return [`<p>${printInlines(block.content, context, rendered)}</p>`]
    case 'if':
      return [
        `{#if ${block.condition}}`,
        ...nested(block.body, block.indent, rendered),
        ...block.elseIfs.flatMap((body) => [
          '{:else if x < 0}',
          ...nested(body, block.indent, false),
        ]),
        ...(block.otherwise ? ['{:else}', ...nested(block.otherwise, block.indent, false)] : []),
        '{/if}',
      ]
    case 'each': {
      const head = `{#each xs as item${block.index ? ', i' : ''}${block.key ? ' (item)' : ''}}`
      const body = nested(block.body, block.indent, rendered)
      const constTag = block.constTag
        ? [`${block.indent ? unit : ''}{@const double = item * 2}`]
        : []
      return [
        head,
        ...constTag,
        ...body,
        ...(block.otherwise ? ['{:else}', ...nested(block.otherwise, block.indent, false)] : []),
        '{/each}',
      ]
    }
    case 'await':
      return [
        '{#await p}',
        ...nested(block.pending, block.indent, rendered),
        ...(block.resolved
          ? ['{:then value}', ...nested(block.resolved, block.indent, false)]
          : []),
        ...(block.caught ? ['{:catch error}', ...nested(block.caught, block.indent, false)] : []),
        '{/await}',
      ]
    case 'key':
      return ['{#key x}', ...nested(block.body, block.indent, rendered), '{/key}']
    case 'snippet': {
      const name = `snip${++context.snippets}`
      // A snippet directly inside a component is a prop, which the test components render.
      const render = inComponent ? [] : [`{@render ${name}(1)}`]
      return [
        `{#snippet ${name}(a)}`,
        ...nested(block.body, block.indent, rendered),
        '{/snippet}',
        ...render,
      ]
    }
    case 'html':
      return [`{@html '<i>${marker(context, rendered)}</i>'}`]
    case 'expression':
      return [`{${block.expression}}`]
  }
}

function printStructure(
  block: Extract<Block, { t: 'structure' }>,
  context: Context,
  rendered: boolean,
): string[] {
  const unit = context.tree.indent
  const items = block.items.map((item) => printInlines(item, context, rendered))
  const body = indentLines(printBlocks(block.body, context, rendered, false), unit)
  switch (block.kind) {
    case 'ul':
      return ['<ul>', ...items.map((item) => `${unit}<li>${item}</li>`), '</ul>']
    case 'table':
      return [
        '<table>',
        `${unit}<tbody>`,
        ...items.map((item) => `${unit}${unit}<tr><td>${item}</td></tr>`),
        `${unit}</tbody>`,
        '</table>',
      ]
    case 'details':
      return [
        '<details>',
        `${unit}<summary>${items.join(' ')}</summary>`,
        '',
        ...body,
        '</details>',
      ]
    case 'figure':
      return [
        '<figure>',
        `${unit}<img src="/figure.png" alt="figure" />`,
        `${unit}<figcaption>${items.join(' ')}</figcaption>`,
        '</figure>',
      ]
  }
}

function printLine(line: Line, context: Context, rendered: boolean, last: boolean) {
  const text = printInlines(line.content, context, rendered)
  if (last || line.end === 'soft') return text
  return line.end === 'spaces' ? `${text}  ` : `${text}\\`
}

function printInlines(inlines: Inline[], context: Context, rendered: boolean): string {
  return inlines.map((inline) => printInline(inline, context, rendered)).join(' ')
}

function printInline(inline: Inline, context: Context, rendered: boolean): string {
  switch (inline.t) {
    case 'text': {
      const words = [...inline.words]
      words.splice(words.length % (words.length + 1), 0, marker(context, rendered))
      return words.join(' ')
    }
    case 'emphasis': {
      const delimiter =
        inline.kind === 'del'
          ? '~~'
          : (inline.underscore ? '_' : '*').repeat(inline.kind === 'em' ? 1 : 2)
      return `${delimiter}${printInlines(inline.children, context, rendered)}${delimiter}`
    }
    case 'code':
      return `\`${inline.text} ${marker(context, rendered)}\``
    case 'link': {
      const text = printInlines(inline.children, context, rendered)
      if (inline.kind === 'inline') return `[${text}](https://example.com/page)`
      if (inline.kind === 'titled') return `[${text}](/local/path "A title")`
      const label = `ref${++context.references}`
      context.pending.push(`[${label}]: https://example.com/${label}`)
      return `[${text}][${label}]`
    }
    case 'image': {
      if (!inline.reference) return '![an image](/image.png)'
      const label = `img${++context.references}`
      context.pending.push(`[${label}]: /images/${label}.png`)
      return `![alt text][${label}]`
    }
    case 'autolink':
      return inline.angle ? '<https://example.com/auto>' : 'https://example.com/literal'
    case 'expression':
      return `{${inline.expression}}`
    case 'element': {
      const open = [inline.name, ...inline.attributes].join(' ')
      return `<${open}>${printInlines(inline.children, context, rendered)}</${inline.name}>`
    }
    case 'void':
      return inline.html
    case 'if': {
      const body = printInlines(inline.children, context, rendered)
      const otherwise = inline.otherwise
        ? `{:else}${printInlines(inline.otherwise, context, false)}`
        : ''
      return `{#if ${inline.condition}}${body}${otherwise}{/if}`
    }
    case 'entity':
    case 'escape':
      return inline.text
    case 'footnote': {
      const label = `fn${++context.footnotes}`
      // Footnotes render in the section at the end, whichever branch the reference is in.
      context.pending.push(`[^${label}]: a note ${marker(context, true)}`)
      return `[^${label}]`
    }
  }
}
